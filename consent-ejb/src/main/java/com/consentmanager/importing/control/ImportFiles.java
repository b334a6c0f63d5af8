package com.consentmanager.importing.control;

import com.consentmanager.platform.Statements;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * How long an uploaded file is kept. A file is needed while its import can still run (queued,
 * running, validated and awaiting its run, stopped or failed and resumable); once the import ended
 * (COMPLETED, REJECTED) it holds only personal data nobody needs: it is deleted at once, or after
 * {@code consent.import.file-retention-days} days when that setting is above 0 (default 0). The job
 * keeps the file's name, size, SHA-256 and counts.
 */
@Dependent
public class ImportFiles {

    static final String ENDED = "('COMPLETED', 'REJECTED')";

    @Inject
    @ConfigProperty(name = "consent.import.file-retention-days", defaultValue = "0")
    int retentionDays;

    @Resource(lookup = "jdbc/consent")
    DataSource database;

    /** An import just ended: its file goes now unless a retention is set. */
    public void ended(long jobId) {
        if (retentionDays <= 0) {
            update("delete from import_file where job_id = ? and exists (select 1 from import_job where id = ? and state in "
                    + ENDED + ")", jobId, jobId);
        }
    }

    /** Deletes the files of imports that ended more than the retention ago; how many. */
    public int purge(Instant now) {
        Timestamp before = Timestamp.from(now.minus(Duration.ofDays(Math.max(0, retentionDays))));
        return update("delete from import_file f using import_job j where j.id = f.job_id and j.state in " + ENDED
                + " and j.finished_at <= ?", before);
    }

    /** Whether the import's file is still held (an import whose file is gone cannot run). */
    public boolean held(long jobId) {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("select 1 from import_file where job_id = ?")) {
            select.setLong(1, jobId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int update(String sql, Object... parameters) {
        return Statements.update(database, sql, parameters);
    }
}
