package com.consentmanager.optin.control;

import com.consentmanager.mail.control.Outbox;
import com.consentmanager.platform.Languages;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Opens a confirmation request for the statuses a submission made PENDING on email, and queues
 * its mail in the same transaction: one request and one mail per submission, listing every
 * purpose. Its token is made when the mail is sent; until then the request has no token.
 */
@Dependent
public class ConfirmationRequests {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "consent.double-opt-in.token-days", defaultValue = "14")
    int tokenDays;

    /** One pending status to confirm. */
    public record Item(long purposeId, long channelId, int purposeVersion) {
    }

    public long open(long profileId, String email, String language, List<Item> items, String sourceType, String sourceReference) {
        Instant now = clock.instant();
        Number id = (Number) em.createNativeQuery("""
                        insert into confirmation_request (profile_id, email, language, created_at, expires_at, source_type, source_reference)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7) returning id""")
                .setParameter(1, profileId)
                .setParameter(2, email)
                .setParameter(3, language)
                .setParameter(4, Timestamp.from(now))
                .setParameter(5, Timestamp.from(now.plus(Duration.ofDays(tokenDays))))
                .setParameter(6, sourceType)
                .setParameter(7, sourceReference)
                .getSingleResult();
        for (Item item : items) {
            em.createNativeQuery("insert into confirmation_item (request_id, purpose_id, channel_id, purpose_version) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, id.longValue())
                    .setParameter(2, item.purposeId())
                    .setParameter(3, item.channelId())
                    .setParameter(4, item.purposeVersion())
                    .executeUpdate();
        }
        outbox.enqueue(Outbox.DOUBLE_OPT_IN, id.longValue(), email, language);
        return id.longValue();
    }

    /** The subjects of a request's purposes, as their accepted version words them (French when untranslated). */
    public List<String> subjects(long requestId, String language) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("""
                        select coalesce(t.subject, d.subject)
                        from confirmation_item i
                        join purpose_version v on v.purpose_id = i.purpose_id and v.number = i.purpose_version
                        left join purpose_version_text t on t.version_id = v.id and t.language = ?2
                        join purpose_version_text d on d.version_id = v.id and d.language = 'fr'
                        where i.request_id = ?1
                        group by 1 order by 1""")
                .setParameter(1, requestId)
                .setParameter(2, Languages.isSupported(language) ? language : Languages.DEFAULT)
                .getResultList();
        return rows.stream().map(String.class::cast).toList();
    }
}
