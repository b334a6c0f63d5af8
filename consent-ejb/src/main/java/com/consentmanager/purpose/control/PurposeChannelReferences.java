package com.consentmanager.purpose.control;

import com.consentmanager.channel.control.ChannelReferences;
import com.consentmanager.purpose.entity.Purpose;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A channel that a purpose (active or archived) covers cannot be deleted. */
@Dependent
public class PurposeChannelReferences implements ChannelReferences {

    @PersistenceContext
    EntityManager em;

    @Override
    public String usageOf(long channelId) {
        boolean used = !em.createNamedQuery(Purpose.USING_CHANNEL, String.class)
                .setParameter("channelId", channelId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        return used ? "channel.delete.used_by_purpose" : null;
    }
}
