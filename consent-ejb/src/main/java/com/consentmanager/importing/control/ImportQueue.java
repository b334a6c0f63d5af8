package com.consentmanager.importing.control;

import com.consentmanager.platform.Statements;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Properties;

/**
 * Imports queue: one runs at a time, the others wait as QUEUED and start in order when it ends.
 * A PostgreSQL advisory lock makes the choice safe across servers sharing the database. Each
 * method commits on its own (the batch runtime calls some of them outside any transaction).
 */
@Singleton
@Lock(LockType.WRITE)
public class ImportQueue {

    /** Advisory lock key: "IMPT". */
    static final long LOCK = 0x494D5054L;

    @Resource(lookup = "jdbc/consent")
    DataSource database;

    @Inject
    ImportFiles files;

    /**
     * Starts the oldest queued import unless one is running. Outside any transaction: the claim
     * commits before the job starts (the batch runtime writes its repository on its own), and a
     * session advisory lock makes the choice one at a time across servers.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void startNext(JobOperator operator) {
        long next;
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                lock.setLong(1, LOCK);
                try (ResultSet locked = lock.executeQuery()) {
                    if (!locked.next() || !locked.getBoolean(1)) {
                        return;
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement("""
                         select id from import_job where state in ('QUEUED', 'RUNNING') order by (state = 'RUNNING') desc, id limit 1""");
                 PreparedStatement claim = connection.prepareStatement(
                         "update import_job set state = 'RUNNING', heartbeat_at = now() where id = ? and state = 'QUEUED'")) {
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return;
                    }
                    next = row.getLong(1);
                }
                claim.setLong(1, next);
                if (claim.executeUpdate() == 0) {
                    return;
                }
            } finally {
                try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                    unlock.setLong(1, LOCK);
                    unlock.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Properties parameters = new Properties();
        parameters.setProperty(ImportJobs.JOB_ID, Long.toString(next));
        try {
            operator.start(ImportJobs.JOB_XML, parameters);
        } catch (RuntimeException e) {
            update("update import_job set state = 'FAILED', finished_at = ?, failure = ? where id = ?",
                    Timestamp.from(Instant.now()), truncate("The batch job could not start: " + e), next);
            throw e;
        }
    }

    private static String truncate(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    public void running(long jobId, long executionId) {
        Timestamp now = Timestamp.from(Instant.now());
        update("update import_job set state = 'RUNNING', execution_id = ?, started_at = coalesce(started_at, ?),"
                + " phase_started_at = coalesce(phase_started_at, ?), finished_at = null, failure = null, heartbeat_at = ?"
                + " where id = ?", executionId, now, now, now, jobId);
    }

    /** Queues again a stopped or failed import: it resumes from its phase and lines done. */
    public boolean resume(long jobId) {
        return update("update import_job set state = 'QUEUED', finished_at = null, failure = null, stop_requested = false"
                + " where id = ? and state in ('FAILED', 'STOPPED')", jobId) > 0;
    }

    /** Asks a running import to stop after its current chunk (the batch runtime's own stop is refused to other threads). */
    public boolean requestStop(long jobId) {
        return update("update import_job set stop_requested = true where id = ? and state = 'RUNNING'", jobId) > 0;
    }

    /** Stops a queued import before it starts. */
    public boolean cancelQueued(long jobId) {
        return update("update import_job set state = 'STOPPED', finished_at = ? where id = ? and state = 'QUEUED'",
                Timestamp.from(Instant.now()), jobId) > 0;
    }

    /**
     * Queues again the imports left RUNNING by a server that stopped or crashed (no chunk committed
     * for {@code stalledSeconds}), then starts the next one: they resume from their lines done.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resumeStalled(JobOperator operator, long stalledSeconds) {
        update("update import_job set state = 'QUEUED' where state = 'RUNNING' and coalesce(heartbeat_at, started_at, created_at) < ?",
                Timestamp.from(Instant.now().minusSeconds(stalledSeconds)));
        startNext(operator);
    }

    public void phase(long jobId, String phase) {
        update("update import_job set phase = ?, phase_started_at = ?, rows_done = 0, new_profiles = 0, accepted = 0,"
                + " refused = 0, unknown = 0, unchanged = 0, skipped = 0, errors = 0 where id = ? and phase <> ?",
                phase, Timestamp.from(Instant.now()), jobId, phase);
        update("delete from import_preview where job_id = ?", jobId);
    }

    public void finished(long jobId, String state, String failure) {
        update("update import_job set state = case when stop_requested and ? <> 'FAILED' then 'STOPPED' else ? end,"
                + " finished_at = ?, failure = ? where id = ? and state = 'RUNNING'",
                state, state, Timestamp.from(Instant.now()), failure, jobId);
        // A stopped or failed validation resumes with what its earlier chunks decided; an ended one needs it no more.
        update("delete from import_preview where job_id = ? and exists (select 1 from import_job where id = ?"
                + " and state not in ('STOPPED', 'FAILED'))", jobId, jobId);
        files.ended(jobId);
    }

    private int update(String sql, Object... parameters) {
        return Statements.update(database, sql, parameters);
    }
}
