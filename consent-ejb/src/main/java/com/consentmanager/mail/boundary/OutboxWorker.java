package com.consentmanager.mail.boundary;

import com.consentmanager.mail.control.OutboxMail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Claims and delivers outbox rows, each step in its own transaction. Claiming uses FOR UPDATE SKIP
 * LOCKED and a claim that expires, so two servers never send the same row at the same time and a
 * row claimed by a server that died is taken up again. A failed send is retried with exponential
 * back-off (by default 30 s, 1 min, 2 min... at most 1 h) and marked FAILED after the last attempt.
 */
@Stateless
@PermitAll
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    static final Duration CLAIM = Duration.ofMinutes(2);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<OutboxMail> mails;

    @Resource(lookup = "mail/consent")
    Session mail;

    @Inject
    @ConfigProperty(name = "consent.outbox.max-attempts", defaultValue = "10")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "consent.outbox.first-retry-seconds", defaultValue = "30")
    int firstRetrySeconds;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> claim(int max) {
        Timestamp now = Timestamp.from(clock.instant());
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("""
                        update mail_outbox set state = 'SENDING', claimed_until = ?2, attempts = attempts + 1
                        where id in (select id from mail_outbox
                                     where (state = 'PENDING' and next_attempt_at <= ?1) or (state = 'SENDING' and claimed_until < ?1)
                                     order by next_attempt_at limit ?3 for update skip locked)
                        returning id""")
                .setParameter(1, now)
                .setParameter(2, Timestamp.from(now.toInstant().plus(CLAIM)))
                .setParameter(3, max)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Sends one claimed row; a failure is recorded on the row (never thrown). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long id) {
        Object[] row = (Object[]) em.createNativeQuery(
                        "select kind, reference_id, recipient, language, attempts from mail_outbox where id = ?1 and state = 'SENDING' for update")
                .setParameter(1, id)
                .getResultStream().findFirst().orElse(null);
        if (row == null) {
            return;
        }
        int attempts = ((Number) row[4]).intValue();
        try {
            OutboxMail sender = mails.stream().filter(candidate -> candidate.kind().equals(row[0])).findFirst().orElse(null);
            if (sender == null) {
                finish(id, "FAILED", "no mail of kind " + row[0]);
                return;
            }
            if (!sender.send(mail, ((Number) row[1]).longValue(), (String) row[2], (String) row[3])) {
                finish(id, "SENT", "nothing left to send");
                return;
            }
            finish(id, "SENT", null);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Mail " + id + " not sent (attempt " + attempts + ")");
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (attempts >= maxAttempts) {
                finish(id, "FAILED", error);
            } else {
                retryLater(id, attempts, error);
            }
        }
    }

    private void finish(long id, String state, String note) {
        em.createNativeQuery("update mail_outbox set state = ?1, sent_at = case when ?1 = 'SENT' then ?2 else sent_at end,"
                        + " claimed_until = null, last_error = ?3 where id = ?4")
                .setParameter(1, state)
                .setParameter(2, Timestamp.from(clock.instant()))
                .setParameter(3, cut(note))
                .setParameter(4, id)
                .executeUpdate();
    }

    private void retryLater(long id, int attempts, String error) {
        Duration wait = Duration.ofSeconds(Math.max(1, firstRetrySeconds)).multipliedBy(1L << Math.min(attempts - 1, 10));
        if (wait.compareTo(LONGEST_RETRY) > 0) {
            wait = LONGEST_RETRY;
        }
        em.createNativeQuery("update mail_outbox set state = 'PENDING', claimed_until = null, next_attempt_at = ?1,"
                        + " last_error = ?2 where id = ?3")
                .setParameter(1, Timestamp.from(clock.instant().plus(wait)))
                .setParameter(2, cut(error))
                .setParameter(3, id)
                .executeUpdate();
    }

    private static String cut(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
