package com.consentmanager.mail.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/** Queues a mail in the caller's transaction: it exists if and only if the change that needs it commits. */
@Dependent
public class Outbox {

    public static final String DOUBLE_OPT_IN = "DOUBLE_OPT_IN";
    /** Expiry's re-permission invitation (queued set-based by the sweep, in SQL). */
    public static final String RENEWAL = "RENEWAL";
    /** A person's new link to the preference centre (the reference is the profile). */
    public static final String PREFERENCE_LINK = "PREFERENCE_LINK";
    /** The invitation to accept a purpose's new text after a material change (the reference is a reconsent_request). */
    public static final String RECONSENT = "RECONSENT";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void enqueue(String kind, long referenceId, String recipient, String language) {
        Instant now = clock.instant();
        em.createNativeQuery("""
                        insert into mail_outbox (kind, reference_id, recipient, language, next_attempt_at, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?5)""")
                .setParameter(1, kind)
                .setParameter(2, referenceId)
                .setParameter(3, recipient)
                .setParameter(4, language)
                .setParameter(5, Timestamp.from(now))
                .executeUpdate();
    }
}
