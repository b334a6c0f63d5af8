package com.consentmanager.importing.control;

import com.consentmanager.importing.boundary.ImportJobView;
import com.consentmanager.importing.boundary.ImportOptions;
import com.consentmanager.platform.Messages;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.platform.SafeCsv;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;

import javax.sql.DataSource;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The rows of imports, with plain JDBC in the caller's transaction: create, read, queue again, and the error report. */
@Dependent
public class ImportReads {

    @Resource(lookup = "jdbc/consent")
    DataSource database;

    public long insert(String fileName, byte[] content, String sha256, long rows, ImportOptions options, String mapping,
                String actor, Instant now) {
        try (Connection connection = database.getConnection();
             PreparedStatement job = connection.prepareStatement("""
                     insert into import_job (state, dry_run, empty_deletes, all_or_nothing, date_order, time_zone, mapping,
                         file_name, file_sha256, file_size, created_by, created_at, rows_total, phase)
                     values ('QUEUED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""");
             PreparedStatement file = connection.prepareStatement("insert into import_file (job_id, content) values (?, ?)")) {
            job.setBoolean(1, options.dryRun());
            job.setBoolean(2, options.emptyDeletes());
            job.setBoolean(3, options.allOrNothing());
            job.setString(4, options.dateOrder().name());
            job.setString(5, options.timeZone());
            job.setString(6, mapping);
            job.setString(7, fileName);
            job.setString(8, sha256);
            job.setLong(9, content.length);
            job.setString(10, actor);
            job.setTimestamp(11, Timestamp.from(now));
            job.setLong(12, rows);
            job.setString(13, firstPhase(options.dryRun(), options.allOrNothing()));
            long id;
            try (ResultSet row = job.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
            file.setLong(1, id);
            file.setBytes(2, content);
            file.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String COLUMNS = """
            select id, state, phase, dry_run, empty_deletes, all_or_nothing, file_name, file_sha256, file_size,
                created_by, created_at, phase_started_at, finished_at, rows_total, rows_done, new_profiles, accepted,
                refused, unknown, unchanged, skipped, errors, failure from import_job""";

    public ImportJobView get(long id) {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(COLUMNS + " where id = ?")) {
            select.setLong(1, id);
            try (ResultSet r = select.executeQuery()) {
                if (!r.next()) {
                    throw new NotFoundException("import.not_found", id);
                }
                return view(r);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page of imports, newest first; {@code state} null for every state. */
    public List<ImportJobView> list(String state, int first, int size) {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(COLUMNS
                     + " where (?::varchar is null or state = ?) order by id desc offset ? limit ?")) {
            select.setString(1, state);
            select.setString(2, state);
            select.setInt(3, first);
            select.setInt(4, size);
            List<ImportJobView> jobs = new java.util.ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    jobs.add(view(r));
                }
            }
            return jobs;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports queued or running (the partial index import_job_queue answers it). */
    public long countActive() {
        return count("select count(*) from import_job where state in ('QUEUED', 'RUNNING')");
    }

    /** Imports in this state, or all of them when it is null. */
    public long count(String state) {
        return count("select count(*) from import_job where (?::varchar is null or state = ?)", state, state);
    }

    private long count(String sql, String... parameters) {
        try (Connection connection = database.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet r = select.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportJobView view(ResultSet r) throws SQLException {
        return new ImportJobView(r.getLong(1), r.getString(2), r.getString(3), r.getBoolean(4), r.getBoolean(5),
                r.getBoolean(6), r.getString(7), r.getString(8), r.getLong(9), r.getString(10), instant(r, 11),
                instant(r, 12), instant(r, 13), (Long) r.getObject(14), r.getLong(15),
                new ImportJobView.Counts(r.getLong(16), r.getLong(17), r.getLong(18), r.getLong(19), r.getLong(20),
                        r.getLong(21), r.getLong(22)), r.getString(23));
    }

    Long executionId(long id) {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("select execution_id from import_job where id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? (Long) row.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where an import starts: a dry run, or an all-or-nothing import, validates the whole file
     * first; any other real run validates and writes each chunk in one pass (its errors are counted
     * and reported as it goes; the valid lines are written).
     */
    static String firstPhase(boolean dryRun, boolean allOrNothing) {
        return dryRun || allOrNothing ? "VALIDATE" : "APPLY";
    }

    /** A validated import queued again for its real run: counts and lines done start from zero. */
    public void requeue(long id, boolean allOrNothing) {
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     update import_job set state = 'QUEUED', dry_run = false, phase = ?, phase_started_at = null,
                         finished_at = null, rows_done = 0, new_profiles = 0, accepted = 0, refused = 0, unknown = 0,
                         unchanged = 0, skipped = 0, errors = 0 where id = ?""")) {
            update.setString(1, firstPhase(false, allOrNothing));
            update.setLong(2, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The error report as CSV (line, column, value, reason, message), in line order, streamed. */
    public void errors(long id, Locale locale, Writer out) {
        get(id);
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select line, column_name, cell_value, reason from import_error where job_id = ? order by line, column_name")) {
            SafeCsv printer = SafeCsv.open(out, "line", "column", "value", "reason", "message");
            select.setLong(1, id);
            select.setFetchSize(1000);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    printer.row(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            Messages.format(locale, row.getString(4), row.getString(3)));
                }
            }
            printer.flush();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp time = row.getTimestamp(column);
        return time == null ? null : time.toInstant();
    }
}
