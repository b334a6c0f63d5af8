package com.consentmanager.preference.control;

import com.consentmanager.mail.control.Outbox;
import com.consentmanager.purpose.boundary.MaterialTextChanged;
import com.consentmanager.purpose.entity.MaterialChange;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * After a material change of a purpose's text under "ask again": one invitation per person who
 * accepted an earlier version and can be mailed (an address, no objection), queued set-based in the
 * transaction that makes the version. Under "block" nobody is mailed: the gate holds them back
 * until they accept the new text (they find it in the preference centre). Under "keep", nothing.
 */
@Dependent
public class Reconsents {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    void changed(@Observes MaterialTextChanged change) {
        if (!MaterialChange.ASK_AGAIN.name().equals(change.policy())) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        em.createNativeQuery("""
                        insert into reconsent_request (profile_id, purpose_id, purpose_version, created_at)
                        select distinct s.profile_id, cast(?1 as bigint), cast(?2 as integer), cast(?3 as timestamptz) from consent_status s
                        join profile p on p.id = s.profile_id
                        where s.purpose_id = ?1 and s.state = 'ACCEPTED' and s.purpose_version < ?2
                          and p.email is not null and p.erased_at is null and p.objected_at is null
                        on conflict do nothing""")
                .setParameter(1, change.purposeId()).setParameter(2, change.version()).setParameter(3, now).executeUpdate();
        em.createNativeQuery("""
                        insert into mail_outbox (kind, reference_id, recipient, language, next_attempt_at, created_at)
                        select cast(?1 as varchar), r.id, p.email, p.language, cast(?4 as timestamptz), cast(?4 as timestamptz)
                        from reconsent_request r
                        join profile p on p.id = r.profile_id
                        where r.purpose_id = ?2 and r.purpose_version = ?3""")
                .setParameter(1, Outbox.RECONSENT).setParameter(2, change.purposeId()).setParameter(3, change.version())
                .setParameter(4, now).executeUpdate();
    }
}
