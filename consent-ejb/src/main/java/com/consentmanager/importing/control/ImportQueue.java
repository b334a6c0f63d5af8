package com.consentmanager.importing.control;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;

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

    /** Starts the oldest queued import unless one is running. */
    public void startNext(JobOperator operator) {
        long next;
        try (Connection connection = database.getConnection();
             PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)");
             PreparedStatement select = connection.prepareStatement("""
                     select id from import_job where state in ('QUEUED', 'RUNNING') order by (state = 'RUNNING') desc, id limit 1""");
             PreparedStatement claim = connection.prepareStatement("update import_job set state = 'RUNNING' where id = ? and state = 'QUEUED'")) {
            lock.setLong(1, LOCK);
            try (ResultSet locked = lock.executeQuery()) {
                if (!locked.next() || !locked.getBoolean(1)) {
                    return;
                }
            }
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
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Properties parameters = new Properties();
        parameters.setProperty(ImportJobs.JOB_ID, Long.toString(next));
        operator.start(ImportJobs.JOB_XML, parameters);
    }

    public void running(long jobId, long executionId) {
        update("update import_job set state = 'RUNNING', execution_id = ?, started_at = coalesce(started_at, ?),"
                + " phase_started_at = coalesce(phase_started_at, ?), finished_at = null, failure = null where id = ?",
                executionId, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), jobId);
    }

    public void phase(long jobId, String phase) {
        update("update import_job set phase = ?, phase_started_at = ?, rows_done = 0, new_profiles = 0, accepted = 0,"
                + " refused = 0, unknown = 0, unchanged = 0, skipped = 0, errors = 0 where id = ? and phase <> ?",
                phase, Timestamp.from(Instant.now()), jobId, phase);
    }

    public void finished(long jobId, String state) {
        update("update import_job set state = ?, finished_at = ? where id = ?", state, Timestamp.from(Instant.now()), jobId);
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = database.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
