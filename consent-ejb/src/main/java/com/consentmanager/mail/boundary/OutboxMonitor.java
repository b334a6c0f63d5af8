package com.consentmanager.mail.boundary;

import com.consentmanager.audit.control.AuditLog;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.platform.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mail outbox as the console watches it (ADMIN, OPERATOR, AUDITOR): delivery state, attempts,
 * next attempt and last error, filtered by state and paged in the database. ADMIN sends a FAILED
 * mail again ("retry now"): it goes back to PENDING, due at once, with its attempts reset to zero
 * so that it gets the whole series of retries again (a failed mail has used them all: keeping the
 * count would give it a single try). The audit row keeps the previous count and error.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME})
public class OutboxMonitor {

    static final String FAILED = "FAILED";
    static final Set<String> STATES = Set.of("PENDING", "SENDING", "SENT", FAILED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    /** Newest first; {@code state} null (or unknown) for every state. */
    public List<OutboxEntryView> list(String state, int first, int max) {
        Query query = filtered(state, "select id, kind, recipient, state, attempts, next_attempt_at, last_error, created_at, sent_at"
                + " from mail_outbox", " order by id desc offset ?2 limit ?3");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setParameter(2, Math.max(0, first)).setParameter(3, Math.max(1, Math.min(max, 500)))
                .getResultList();
        return rows.stream().map(row -> new OutboxEntryView(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                (String) row[3], ((Number) row[4]).intValue(), instant(row[5]), (String) row[6], instant(row[7]),
                instant(row[8]))).toList();
    }

    public long count(String state) {
        return ((Number) filtered(state, "select count(*) from mail_outbox", "").getSingleResult()).longValue();
    }

    /**
     * Puts a FAILED mail back in the queue, due now, attempts reset.
     *
     * @throws NotFoundException when there is no such mail
     * @throws ConflictException when the mail is not FAILED (it is already queued or sent)
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void retry(long id) {
        List<?> found = em.createNativeQuery("select state, attempts, last_error from mail_outbox where id = ?1 for update")
                .setParameter(1, id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("outbox.not_found", id);
        }
        Object[] row = (Object[]) found.get(0);
        if (!FAILED.equals(row[0])) {
            throw new ConflictException("outbox.retry.not_failed", id, row[0]);
        }
        em.createNativeQuery("update mail_outbox set state = 'PENDING', attempts = 0, next_attempt_at = ?1 where id = ?2")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, id)
                .executeUpdate();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", FAILED + " -> PENDING");
        details.put("attempts", row[1] + " -> 0");
        details.put("lastError", row[2]);
        audit.record(session.getCallerPrincipal(), "outbox.retried", "mail_outbox", String.valueOf(id), details);
    }

    /** The state is always bound as ?1 (null for any), so that paging parameters keep their numbers. */
    private Query filtered(String state, String select, String tail) {
        String wanted = state != null && STATES.contains(state) ? state : null;
        return em.createNativeQuery(select + " where (cast(?1 as varchar) is null or state = ?1)" + tail)
                .setParameter(1, wanted);
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant();
    }
}
