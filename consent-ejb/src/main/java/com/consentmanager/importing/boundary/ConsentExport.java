package com.consentmanager.importing.boundary;

import com.consentmanager.importing.control.ImportStore;
import com.consentmanager.importing.control.Layouts;
import com.consentmanager.importing.control.PurposeRef;
import com.consentmanager.platform.Role;
import com.consentmanager.platform.SafeCsv;
import com.consentmanager.platform.Scope;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports, streamed with a database cursor (never the whole table in memory):
 * <ul>
 * <li>the current statuses in the import's own format (DOMAIN.md rule 10): a line per person
 * with {@code email}, {@code external_id}, then {@code <purpose>.<channel>} ("accepted",
 * "refused"; blank for unknown and pending, which an import leaves as they are) and
 * {@code <purpose>.<channel>_date} (the instant with its offset), so that importing an export
 * changes nothing;</li>
 * <li>the evidence ledger, one line per event, with everything it holds.</li>
 * </ul>
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.OPERATOR_NAME, Scope.IMPORTS_WRITE_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Scope.IMPORTS_WRITE_NAME})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConsentExport {

    static final int FETCH = 2000;

    @Resource(lookup = "jdbc/consent")
    DataSource database;

    @Inject
    ImportStore store;

    /** Writes the current statuses of every person who has an accepted or refused one. */
    public void statuses(Writer out) {
        Map<String, PurposeRef> catalogue = store.catalogue();
        List<String> headers = new ArrayList<>(List.of("email", "external_id"));
        Map<String, Integer> columns = new HashMap<>();
        for (PurposeRef purpose : catalogue.values()) {
            purpose.channels().forEach((channel, channelId) -> {
                columns.put(purpose.id() + "|" + channelId, headers.size());
                headers.add(purpose.key() + "." + channel);
                headers.add(purpose.key() + "." + channel + Layouts.DATE);
            });
        }
        stream(out, headers, """
                select s.profile_id, p.email, p.external_id, s.purpose_id, s.channel_id, s.state, s.event_time
                from consent_status s join profile p on p.id = s.profile_id
                where s.state in ('ACCEPTED', 'REFUSED') and (p.email is not null or p.external_id is not null)
                order by s.profile_id""", (row, printer, state) -> {
            long profile = row.getLong(1);
            if (state.profile != profile) {
                state.flush(printer);
                state.profile = profile;
                state.line = new String[headers.size()];
                Arrays.fill(state.line, "");
                state.line[0] = row.getString(2) == null ? "" : row.getString(2);
                state.line[1] = row.getString(3) == null ? "" : row.getString(3);
            }
            Integer column = columns.get(row.getLong(4) + "|" + row.getLong(5));
            if (column != null) {
                state.line[column] = row.getString(6).toLowerCase(java.util.Locale.ROOT);
                state.line[column + 1] = row.getTimestamp(7).toInstant().toString();
            }
        });
    }

    /** Writes the evidence ledger (every consent event), oldest first. */
    public void evidence(Writer out) {
        List<String> headers = List.of("event_id", "event_time", "recorded_at", "email", "external_id", "purpose",
                "purpose_version", "channel", "previous_state", "event_state", "event_type", "source_type", "source_reference",
                "actor", "ip_address", "user_agent", "language", "reason");
        stream(out, headers, """
                select e.id, e.event_time, e.recorded_at, p.email, p.external_id, u.purpose_key, e.purpose_version,
                       c.channel_key, e.previous_state, e.event_state, e.event_type, e.source_type, e.source_reference,
                       e.actor, e.ip_address, e.user_agent, e.language, e.reason
                from consent_event e join profile p on p.id = e.profile_id join purpose u on u.id = e.purpose_id
                join channel c on c.id = e.channel_id order by e.id""", (row, printer, state) -> {
            List<Object> values = new ArrayList<>(headers.size());
            for (int i = 1; i <= headers.size(); i++) {
                Object value = row.getObject(i);
                values.add(value instanceof Timestamp time ? time.toInstant().toString() : value);
            }
            printer.row(values);
        });
    }

    private interface RowWriter {
        void write(ResultSet row, SafeCsv printer, Pending state) throws SQLException;
    }

    /** The line being assembled (statuses come a row per status, a line is per person). */
    private static final class Pending {
        long profile = -1;
        String[] line;

        void flush(SafeCsv printer) {
            if (line != null) {
                printer.row((Object[]) line);
            }
        }
    }

    private void stream(Writer out, List<String> headers, String sql, RowWriter writer) {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                SafeCsv printer = SafeCsv.open(out, headers);
                select.setFetchSize(FETCH);
                Pending state = new Pending();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        writer.write(row, printer, state);
                    }
                }
                state.flush(printer);
                printer.flush();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
