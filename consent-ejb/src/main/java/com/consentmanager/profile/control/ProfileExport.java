package com.consentmanager.profile.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Everything stored about one person, as JSON (GDPR Art. 15 access, Art. 20 portability): identity,
 * current statuses (archived purposes included), every status change and profile event in the
 * order they were recorded, the operation forms sent and the activities recorded, and the texts of every wording version the evidence refers to, so that
 * the document proves what the person was shown without the console. The keyed hash of the email
 * is not exported: it is ours, not the person's data, and it only serves objections after erasure.
 */
@Dependent
public class ProfileExport {

    private static final String PROFILE = """
            select id, external_id, email, phone, language, created_at, updated_at, objected_at, erased_at
            from profile where id = ?""";
    private static final String STATUSES = """
            select pu.purpose_key as purpose, c.channel_key as channel, s.state, s.purpose_version, s.event_time as since
            from consent_status s join purpose pu on pu.id = s.purpose_id join channel c on c.id = s.channel_id
            where s.profile_id = ? order by pu.purpose_key, c.channel_key""";
    private static final String EVIDENCE = """
            select e.id, pu.purpose_key as purpose, e.purpose_version, c.channel_key as channel, e.previous_state,
                   e.event_state, e.event_type, e.event_time, e.recorded_at, e.validity_until, e.source_type,
                   e.source_reference, e.actor, e.ip_address, e.user_agent, e.language, e.reason
            from consent_event e join purpose pu on pu.id = e.purpose_id join channel c on c.id = e.channel_id
            where e.profile_id = ? order by e.id""";
    private static final String PROFILE_EVENTS = """
            select id, event_type, event_time, recorded_at, source_type, source_reference, actor, ip_address, user_agent,
                   reason
            from profile_event where profile_id = ? order by id""";
    private static final String SUBMISSIONS = """
            select o.operation_key as operation, s.form_version, s.submitted_at, s.language, s.ip_address, s.user_agent
            from operation_submission s join operation o on o.id = s.operation_id where s.profile_id = ? order by s.id""";
    private static final String ACTIVITIES = """
            select activity_type as type, occurred_at, recorded_at, source_type, source_reference
            from profile_activity where profile_id = ? order by id""";
    private static final String WORDINGS = """
            select pu.purpose_key as purpose, v.number as version, v.sha256, t.language, t.subject, t.wording,
                   t.info_url, t.additional_text
            from purpose_version v
            join purpose pu on pu.id = v.purpose_id
            join purpose_version_text t on t.version_id = v.id
            where (v.purpose_id, v.number) in (select purpose_id, purpose_version from consent_event where profile_id = ?)
            order by pu.purpose_key, v.number, t.language""";

    @Resource(lookup = "jdbc/consent")
    DataSource database;

    public String of(long profileId, Instant exportedAt, String exportedBy) {
        try (Connection connection = database.getConnection()) {
            JsonObjectBuilder document = Json.createObjectBuilder()
                    .add("exportedAt", exportedAt.toString())
                    .add("exportedBy", exportedBy)
                    .add("profile", rows(connection, PROFILE, profileId).build().getJsonObject(0))
                    .add("statuses", rows(connection, STATUSES, profileId))
                    .add("evidence", rows(connection, EVIDENCE, profileId))
                    .add("profileEvents", rows(connection, PROFILE_EVENTS, profileId))
                    .add("formSubmissions", rows(connection, SUBMISSIONS, profileId))
                    .add("activities", rows(connection, ACTIVITIES, profileId))
                    .add("wordings", rows(connection, WORDINGS, profileId));
            return document.build().toString();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot export the profile", e);
        }
    }

    /** Each row as an object named after its columns (camelCase); absent values as JSON null. */
    private static JsonArrayBuilder rows(Connection connection, String sql, long profileId) throws SQLException {
        JsonArrayBuilder array = Json.createArrayBuilder();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, profileId);
            try (ResultSet rows = statement.executeQuery()) {
                ResultSetMetaData columns = rows.getMetaData();
                while (rows.next()) {
                    array.add(row(rows, columns));
                }
            }
        }
        return array;
    }

    private static JsonObject row(ResultSet rows, ResultSetMetaData columns) throws SQLException {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            String name = camelCase(columns.getColumnLabel(i));
            Object value = rows.getObject(i);
            if (value == null) {
                object.addNull(name);
            } else if (value instanceof Timestamp timestamp) {
                object.add(name, timestamp.toInstant().toString());
            } else if (value instanceof Number number) {
                object.add(name, number.longValue());
            } else {
                object.add(name, value.toString());
            }
        }
        return object.build();
    }

    static String camelCase(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
