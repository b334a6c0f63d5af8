package com.consentmanager.expiry.boundary;

import com.consentmanager.audit.control.AuditLog;
import com.consentmanager.expiry.control.SweepStatements;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.Principal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sweep's steps, each in its own transaction: a batch commits its evidence and statuses together
 * or not at all, and a long sweep never holds one huge transaction. Each batch first takes a
 * transaction-scoped advisory lock; -1 means another server (or thread) is sweeping at this moment.
 */
@Stateless
@PermitAll
public class SweepSteps {

    static final int LOCKED = -1;

    @PersistenceContext
    EntityManager em;

    @Inject
    SweepStatements statements;

    @Inject
    AuditLog audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long open(SweepTrigger trigger, String actor, Instant startedAt, Instant asOf) {
        Number id = (Number) em.createNativeQuery("insert into expiry_run (trigger_type, actor, started_at, as_of)"
                        + " values (?1, ?2, ?3, ?4) returning id")
                .setParameter(1, trigger.name()).setParameter(2, actor).setParameter(3, Timestamp.from(startedAt))
                .setParameter(4, Timestamp.from(asOf)).getSingleResult();
        return id.longValue();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int expireAccepted(long runId, Instant asOf, Instant now, int max) {
        return statements.tryLock() ? statements.expireAccepted(asOf, now, "expiry-run:" + runId, max) : LOCKED;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int expirePending(long runId, Instant asOf, Instant now, int max) {
        return statements.tryLock() ? statements.expirePending(asOf, now, "expiry-run:" + runId, max) : LOCKED;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int invite(Instant asOf) {
        return statements.tryLock() ? statements.invite(asOf) : LOCKED;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void close(long runId, SweepRunView.Outcome outcome, SweepCounts counts, Instant finishedAt, long durationMs, String error) {
        em.createNativeQuery("update expiry_run set outcome = ?1, expired = ?2, pending_expired = ?3, invitations = ?4,"
                        + " finished_at = ?5, duration_ms = ?6, error = ?7 where id = ?8")
                .setParameter(1, outcome.name()).setParameter(2, counts.expired()).setParameter(3, counts.pendingExpired())
                .setParameter(4, counts.invitations()).setParameter(5, Timestamp.from(finishedAt)).setParameter(6, durationMs)
                .setParameter(7, error == null || error.length() <= 1000 ? error : error.substring(0, 1000)).setParameter(8, runId)
                .executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void audit(Principal admin, long runId, Map<String, ?> details) {
        audit.record(admin, "expiry.run", "expiry_run", String.valueOf(runId), details);
    }

    /** When the last run that was not refused the lock started: what the catch-up at start-up compares with. */
    public Optional<Instant> lastRunStart() {
        return em.createNativeQuery("select max(started_at) from expiry_run where outcome in ('DONE', 'RUNNING')")
                .getResultStream().filter(java.util.Objects::nonNull).findFirst().map(value -> ((Timestamp) value).toInstant());
    }

    /** The latest runs, the last started first (by id: a clock set back, or moved by a test, does not reorder the history). */
    public List<SweepRunView> runs(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, trigger_type, actor, started_at, as_of, finished_at, outcome, expired,"
                + " pending_expired, invitations, duration_ms, error from expiry_run order by id desc limit ?1")
                .setParameter(1, max).getResultList();
        return rows.stream().map(row -> new SweepRunView(((Number) row[0]).longValue(), SweepTrigger.valueOf((String) row[1]),
                (String) row[2], instant(row[3]), instant(row[4]), instant(row[5]), SweepRunView.Outcome.valueOf((String) row[6]),
                new SweepCounts(((Number) row[7]).intValue(), ((Number) row[8]).intValue(), ((Number) row[9]).intValue()),
                row[10] == null ? null : ((Number) row[10]).longValue(), (String) row[11])).toList();
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant();
    }
}
