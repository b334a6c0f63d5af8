package com.consentmanager.optin.control;

import com.consentmanager.mail.control.Outbox;
import com.consentmanager.platform.Languages;
import com.consentmanager.profile.boundary.DoubleOptInRequested;
import com.consentmanager.profile.control.Ledger;
import com.consentmanager.profile.entity.ConsentState;
import com.consentmanager.profile.entity.SourceType;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

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
    Ledger ledger;

    @Inject
    @ConfigProperty(name = "consent.double-opt-in.token-days", defaultValue = "14")
    int tokenDays;

    /** One pending status to confirm. */
    public record Item(long purposeId, long channelId, int purposeVersion) {
    }

    /** A decision made statuses PENDING: their request and its mail, in the decision's transaction. */
    void requested(@Observes DoubleOptInRequested requested) {
        open(requested.profileId(), requested.email(), requested.language(), requested.items().stream()
                .map(item -> new Item(item.purposeId(), item.channelId(), item.purposeVersion())).toList(),
                requested.sourceType(), requested.sourceReference());
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

    /** The request's items whose status still awaits confirmation. */
    public List<Item> pending(long requestId, long profileId) {
        Map<Ledger.Key, ConsentState> states = ledger.states(profileId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select purpose_id, channel_id, purpose_version from confirmation_item where request_id = ?1")
                .setParameter(1, requestId).getResultList();
        List<Item> items = new ArrayList<>();
        for (Object[] row : rows) {
            Item item = new Item(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).intValue());
            if (states.get(new Ledger.Key(item.purposeId(), item.channelId())) == ConsentState.PENDING) {
                items.add(item);
            }
        }
        return items;
    }

    /**
     * Replaces an open request by a new one for the statuses that still await it, with a new expiry
     * and a new mail (its own token, made when it is sent). The old request is closed at once, so
     * its link stops working. Serves the participant's "send me a new link" on an expired link and
     * the console's resend. Empty when nothing is left to confirm (the old request then stays).
     */
    public OptionalLong replace(long requestId, long profileId, String email, String language, String sourceReference) {
        List<Item> pending = pending(requestId, profileId);
        if (pending.isEmpty()) {
            return OptionalLong.empty();
        }
        em.createNativeQuery("update confirmation_request set used_at = ?1 where id = ?2")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, requestId).executeUpdate();
        return OptionalLong.of(open(profileId, email, language, pending, SourceType.DOUBLE_OPT_IN.name(), sourceReference));
    }

    /** A purpose's own texts for the mail; a null field means "the default". */
    public record OwnTexts(String sender, String subject, String intro) {
        static final OwnTexts NONE = new OwnTexts(null, null, null);
    }

    /**
     * The mail's own texts when one mail lists several purposes: those of the first purpose, in the
     * order the mail lists them (by subject, as {@link #subjects} sorts them), that has any text of
     * its own in this language (a sender, a subject or an intro); its blank fields keep the
     * defaults. Texts are never mixed from two purposes, so that a subject and its intro always
     * come from the same admin's intent. None: every field null.
     */
    public OwnTexts ownTexts(long requestId, String language) {
        // Column names cannot be parameters: the language is one of Languages.ALL, never free text.
        String lang = Languages.isSupported(language) ? language : Languages.DEFAULT;
        Object[] row = (Object[]) em.createNativeQuery("""
                        select p.opt_in_sender, p.opt_in_subject_%1$s, p.opt_in_intro_%1$s
                        from confirmation_item i
                        join purpose p on p.id = i.purpose_id
                        join purpose_version v on v.purpose_id = i.purpose_id and v.number = i.purpose_version
                        left join purpose_version_text t on t.version_id = v.id and t.language = ?2
                        join purpose_version_text d on d.version_id = v.id and d.language = 'fr'
                        where i.request_id = ?1
                          and (p.opt_in_sender is not null or p.opt_in_subject_%1$s is not null or p.opt_in_intro_%1$s is not null)
                        order by coalesce(t.subject, d.subject), p.id
                        limit 1""".formatted(lang))
                .setParameter(1, requestId)
                .setParameter(2, lang)
                .getResultStream().findFirst().orElse(null);
        return row == null ? OwnTexts.NONE : new OwnTexts((String) row[0], (String) row[1], (String) row[2]);
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
