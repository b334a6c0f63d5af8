package com.consentmanager.profile.control;

import com.consentmanager.platform.LikePattern;
import com.consentmanager.profile.boundary.EvidenceEntry;
import com.consentmanager.profile.boundary.ProfileDetail;
import com.consentmanager.profile.boundary.ProfileSummary;
import com.consentmanager.profile.boundary.StatusCell;
import com.consentmanager.profile.boundary.StatusGrid;
import com.consentmanager.profile.boundary.StatusRow;
import com.consentmanager.profile.entity.ConsentState;
import com.consentmanager.purpose.entity.PurposeKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The read side of profiles, in SQL: search (filtered, counted and paged by the database), the
 * status grid, the evidence timeline (status changes and profile events in one ordered, paged
 * query). Erased people are never found by search: they have no identity left to match.
 */
@Dependent
public class ProfileReads {

    private static final String MATCHING = """
             from profile p
            where p.erased_at is null
              and (?::text is null or lower(p.email) like ? escape '\\' or lower(p.external_id) like ? escape '\\'
                   or p.phone like ? escape '\\')""";
    private static final String DETAIL = """
            select id, external_id, email, phone, language, created_at, updated_at, objected_at, erased_at
            from profile where id = ?""";
    private static final String GRID = """
            select pu.purpose_key, pu.kind, pu.current_version, c.channel_key, s.state, s.purpose_version, s.event_time,
                   (select t.subject from purpose_version v join purpose_version_text t on t.version_id = v.id
                     where v.purpose_id = pu.id and v.number = pu.current_version
                     order by t.language = ? desc, t.language = 'fr' desc limit 1),
                   c.id
            from purpose pu
            join purpose_channel pc on pc.purpose_id = pu.id
            join channel c on c.id = pc.channel_id
            left join consent_status s on s.profile_id = ? and s.purpose_id = pu.id and s.channel_id = c.id
            where pu.active
            order by pu.built_in desc, pu.purpose_key, c.id""";
    private static final String TIMELINE = """
            select * from (
                select 'STATUS' as kind, e.id, pu.purpose_key, e.purpose_version, c.channel_key, e.previous_state,
                       e.event_state, e.event_type, e.event_time, e.recorded_at, e.source_type, e.source_reference,
                       e.actor, e.ip_address, e.user_agent, e.language, e.reason
                from consent_event e join purpose pu on pu.id = e.purpose_id join channel c on c.id = e.channel_id
                where e.profile_id = ?
                union all
                select 'PROFILE', pe.id, null, null, null, null, null, pe.event_type, pe.event_time, pe.recorded_at,
                       pe.source_type, pe.source_reference, pe.actor, pe.ip_address, pe.user_agent, null, pe.reason
                from profile_event pe where pe.profile_id = ?
            ) timeline
            order by recorded_at desc, kind desc, id desc
            offset ? limit ?""";
    private static final String TIMELINE_COUNT = """
            select (select count(*) from consent_event where profile_id = ?)
                 + (select count(*) from profile_event where profile_id = ?)""";

    @Resource(lookup = "jdbc/consent")
    DataSource database;

    @Inject
    PhoneNumbers phones;

    public long count(String text) {
        return query("select count(*)" + MATCHING, statement -> bindSearch(statement, text), rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    public List<ProfileSummary> search(String text, int first, int max) {
        String sql = "select p.id, p.external_id, p.email, p.phone, p.language, p.objected_at, p.updated_at" + MATCHING
                + " order by p.id desc offset ? limit ?";
        return query(sql, statement -> {
            bindSearch(statement, text);
            statement.setInt(5, first);
            statement.setInt(6, max);
        }, rows -> {
            List<ProfileSummary> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new ProfileSummary(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getTimestamp(6) != null, instant(rows.getTimestamp(7))));
            }
            return found;
        });
    }

    public Optional<ProfileDetail> detail(long id) {
        return query(DETAIL, statement -> statement.setLong(1, id), rows -> rows.next()
                ? Optional.of(new ProfileDetail(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), instant(rows.getTimestamp(6)), instant(rows.getTimestamp(7)),
                instant(rows.getTimestamp(8)), instant(rows.getTimestamp(9))))
                : Optional.empty());
    }

    public StatusGrid grid(long id, String language) {
        return query(GRID, statement -> {
            statement.setString(1, language);
            statement.setLong(2, id);
        }, rows -> {
            Map<Long, String> channels = new TreeMap<>();
            Map<String, List<StatusCell>> cells = new LinkedHashMap<>();
            Map<String, StatusRow> heads = new LinkedHashMap<>();
            while (rows.next()) {
                String purpose = rows.getString(1);
                String channel = rows.getString(4);
                channels.put(rows.getLong(9), channel);
                String state = rows.getString(5);
                int version = rows.getInt(6);
                cells.computeIfAbsent(purpose, key -> new ArrayList<>()).add(new StatusCell(channel, true,
                        state == null ? ConsentState.UNKNOWN : ConsentState.valueOf(state), state == null ? null : version,
                        instant(rows.getTimestamp(7))));
                heads.putIfAbsent(purpose, new StatusRow(purpose, rows.getString(8), PurposeKind.valueOf(rows.getString(2)),
                        rows.getInt(3), List.of()));
            }
            List<String> columns = List.copyOf(channels.values());
            List<StatusRow> grid = heads.values().stream().map(head -> new StatusRow(head.getPurpose(), head.getSubject(),
                    head.getKind(), head.getCurrentVersion(), columns.stream().map(channel -> cells.get(head.getPurpose())
                    .stream().filter(cell -> cell.getChannel().equals(channel)).findFirst()
                    .orElse(new StatusCell(channel, false, null, null, null))).toList())).toList();
            return new StatusGrid(columns, grid);
        });
    }

    public long countEvidence(long id) {
        return query(TIMELINE_COUNT, statement -> {
            statement.setLong(1, id);
            statement.setLong(2, id);
        }, rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    public List<EvidenceEntry> evidence(long id, int first, int max) {
        return query(TIMELINE, statement -> {
            statement.setLong(1, id);
            statement.setLong(2, id);
            statement.setInt(3, first);
            statement.setInt(4, max);
        }, rows -> {
            List<EvidenceEntry> entries = new ArrayList<>();
            while (rows.next()) {
                EvidenceEntry entry = "STATUS".equals(rows.getString(1))
                        ? EvidenceEntry.status(rows.getLong(2), rows.getString(3), rows.getInt(4), rows.getString(5),
                        ConsentState.valueOf(rows.getString(6)), ConsentState.valueOf(rows.getString(7)), rows.getString(8))
                        : EvidenceEntry.profile(rows.getLong(2), rows.getString(8));
                entries.add(entry.at(instant(rows.getTimestamp(9)), instant(rows.getTimestamp(10)))
                        .source(rows.getString(11), rows.getString(12), rows.getString(13))
                        .person(rows.getString(14), rows.getString(15), rows.getString(16), rows.getString(17)));
            }
            return entries;
        });
    }

    /** Parameters 1 to 4: the text (null: everyone), its pattern for email and external id, and for the phone. */
    private void bindSearch(PreparedStatement statement, String text) throws SQLException {
        boolean all = text == null || text.isBlank();
        statement.setString(1, all ? null : text);
        statement.setString(2, all ? null : LikePattern.containing(text));
        statement.setString(3, all ? null : LikePattern.containing(text));
        statement.setString(4, all ? null : phonePattern(phones, text));
    }

    /** Phones are stored in E.164: "06 12" is looked for as "+336 12" would be, separators ignored ({@link PhoneNumbers#searchable}). */
    static String phonePattern(PhoneNumbers phones, String text) {
        return LikePattern.containing(phones.searchable(text));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private <T> T query(String sql, Binder binder, Reader<T> reader) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read profiles", e);
        }
    }

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
