package com.consentmanager.importing.control;

import com.consentmanager.purpose.entity.PurposeKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The import's own rows, read and written with plain JDBC in the caller's transaction: the job's
 * settings and file, its errors, the purpose catalogue a file is matched against.
 */
@Dependent
public class ImportStore {

    @Resource(lookup = "jdbc/consent")
    DataSource database;

    public ImportSettings settings(long jobId) {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select dry_run, empty_deletes, all_or_nothing, date_order, time_zone, mapping, file_sha256,
                            created_by, phase, rows_done, errors from import_job where id = ?""")) {
            select.setLong(1, jobId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No import job " + jobId);
                }
                return new ImportSettings(jobId, row.getBoolean(1), row.getBoolean(2), row.getBoolean(3),
                        DateOrder.valueOf(row.getString(4)), ZoneId.of(row.getString(5)), Mappings.parse(row.getString(6)),
                        row.getString(7), row.getString(8), row.getString(9), row.getLong(10), row.getLong(11));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the import was asked to stop. */
    public boolean stopRequested(long jobId) {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("select stop_requested from import_job where id = ?")) {
            select.setLong(1, jobId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored file, in memory (the driver reads a bytea whole anyway). */
    public InputStream file(long jobId) {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("select content from import_file where job_id = ?")) {
            select.setLong(1, jobId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new ByteArrayInputStream(row.getBytes(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Active purposes by key, each with its channels (key → id), the version of its wording in force and its double opt-in. */
    public Map<String, PurposeRef> catalogue() {
        Map<String, PurposeRef> purposes = new LinkedHashMap<>();
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select p.id, p.purpose_key, p.kind, p.current_version, c.channel_key, c.id, p.double_opt_in
                     from purpose p join purpose_channel pc on pc.purpose_id = p.id join channel c on c.id = pc.channel_id
                     where p.active order by p.purpose_key, c.channel_key""");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                long id = row.getLong(1);
                String key = row.getString(2);
                PurposeKind kind = PurposeKind.valueOf(row.getString(3));
                int version = row.getInt(4);
                boolean doubleOptIn = row.getBoolean(7);
                purposes.computeIfAbsent(key, k -> new PurposeRef(id, k, kind, version, doubleOptIn, new LinkedHashMap<>()))
                        .channels().put(row.getString(5), row.getLong(6));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return purposes;
    }

    /** Records problems; a problem already recorded (a chunk run again) is kept once. */
    public void problems(Connection connection, long jobId, List<LineProblem> problems) throws SQLException {
        if (problems.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into import_error (job_id, line, column_name, cell_value, reason) values (?, ?, ?, ?, ?)
                on conflict do nothing""")) {
            for (LineProblem problem : problems) {
                insert.setLong(1, jobId);
                insert.setLong(2, problem.line());
                insert.setString(3, problem.column() == null ? "" : truncate(problem.column()));
                insert.setString(4, problem.value());
                insert.setString(5, problem.reason());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String truncate(String text) {
        return text.length() > LineProblem.VALUE_MAX_LENGTH ? text.substring(0, LineProblem.VALUE_MAX_LENGTH) : text;
    }
}
