package com.consentmanager.operation.control;

import com.consentmanager.purpose.control.LiveOffers;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The LIVE operations whose form settings offer a purpose (or one of its channels). */
@Dependent
public class OperationLiveOffers implements LiveOffers {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<String> liveOperationsOffering(long purposeId, Long channelId) {
        // A null parameter would be bound without a type: one query with the channel, one without.
        String sql = """
                select distinct o.operation_key from operation o
                join operation_purpose_channel c on c.operation_id = o.id
                where o.state = 'LIVE' and c.purpose_id = ?1""" + (channelId != null ? " and c.channel_id = ?2" : "")
                + " order by o.operation_key";
        var query = em.createNativeQuery(sql).setParameter(1, purposeId);
        if (channelId != null) {
            query.setParameter(2, channelId);
        }
        @SuppressWarnings("unchecked")
        List<String> keys = query.getResultList();
        return keys;
    }
}
