package com.consentmanager.preference.control;

import com.consentmanager.profile.boundary.ProfileErased;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * An erased person's links are deleted and this feature's unsent mails to them dropped, their
 * address blanked (as the other mails of the outbox are), in the erasure's transaction.
 */
@Dependent
public class PreferenceErasures {

    @PersistenceContext
    EntityManager em;

    @Inject
    PreferenceLinks links;

    void erased(@Observes ProfileErased erased) {
        links.forget(erased.profileId());
        em.createNativeQuery("update mail_outbox set recipient = '', state = case when state = 'SENT' then state else 'FAILED' end,"
                        + " last_error = case when state = 'SENT' then last_error else 'profile erased' end"
                        + " where (kind = 'PREFERENCE_LINK' and reference_id = ?1)"
                        + " or (kind = 'RECONSENT' and reference_id in (select id from reconsent_request where profile_id = ?1))")
                .setParameter(1, erased.profileId()).executeUpdate();
    }
}
