package com.consentmanager.importing.control;

import com.consentmanager.platform.Languages;
import com.consentmanager.profile.control.BulkLedger;
import com.consentmanager.profile.control.EmailHashes;
import com.consentmanager.profile.control.ProfileStore;
import com.consentmanager.profile.control.Transitions;
import com.consentmanager.profile.entity.ConsentState;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates or applies one chunk of lines, set-based, in the batch runtime's chunk transaction:
 * profiles created with one insert per key kind (on conflict do nothing), locked in id order (as a
 * form submission locks one), statuses read with one query, the rules applied in memory in line
 * order, events and statuses written with one statement, and the job's counts and lines done
 * updated in the same transaction: what is committed and where a restart resumes never disagree.
 * In the VALIDATE phase nothing but the counts, the errors and the preview of what earlier chunks
 * would have set ({@code import_preview}) is written.
 */
@Dependent
public class ImportChunks {

    private static final String EMAIL = "email";

    /** The state of an {@code import_preview} row that says "this person would be created". */
    static final String PREVIEW_NEW = "NEW";

    @Resource(lookup = "jdbc/consent")
    DataSource database;

    @Inject
    ImportStore store;

    @Inject
    BulkLedger ledger;

    @Inject
    ProfileStore profileStore;

    @Inject
    EmailHashes hashes;

    @Inject
    Clock clock;

    /** Processes the lines; {@code linesDone} is the number of records read so far (where a restart resumes). */
    public void process(ImportSettings job, boolean apply, List<ParsedLine> lines, long linesDone) {
        Instant now = clock.instant();
        Tally tally = new Tally();
        List<LineProblem> problems = new ArrayList<>();
        List<ParsedLine> valid = new ArrayList<>();
        for (ParsedLine line : lines) {
            if (line.valid()) {
                valid.add(line);
            } else {
                problems.addAll(line.errors());
                tally.errors++;
            }
        }
        try (Connection connection = database.getConnection()) {
            Map<String, Profile> profiles = profiles(connection, valid, apply);
            // Statuses are read only for the profiles that existed before this chunk: a profile it creates has none.
            Map<String, Profile> existing = new HashMap<>(profiles);
            List<ParsedLine> absent = valid.stream().filter(line -> !profiles.containsKey(line.key())).toList();
            Map<String, Status> previewed = new HashMap<>();
            Set<String> previewedNew = new HashSet<>();
            if (!apply) {
                readPreview(connection, job.jobId(), valid, previewed, previewedNew);
            }
            List<String> newKeys = absent.stream().map(ParsedLine::key).distinct().filter(key -> !previewedNew.contains(key)).toList();
            tally.newProfiles = newKeys.size();
            if (apply && !absent.isEmpty()) {
                Map<String, Profile> created = create(connection, absent, now);
                profiles.putAll(created);
                tally.newProfiles = created.size();
                List<ParsedLine> raced = absent.stream().filter(line -> !created.containsKey(line.key())).toList();
                if (!raced.isEmpty()) {
                    // Created meanwhile by another transaction (a form, the API): found and locked now.
                    Map<String, Profile> found = profiles(connection, raced, true);
                    profiles.putAll(found);
                    existing.putAll(found);
                }
            }
            Map<String, Status> states = statuses(connection, existing);
            states.putAll(previewed);
            Map<String, Previewed> changed = new HashMap<>();
            BulkLedger.Batch events = new BulkLedger.Batch();
            for (ParsedLine line : valid) {
                Profile profile = profiles.get(line.key());
                for (ParsedLine.Cell cell : line.cells()) {
                    Layout.Target target = cell.target();
                    String statusKey = line.key() + '|' + target.purpose().id() + '|' + target.channelId();
                    Status from = states.getOrDefault(statusKey, new Status(ConsentState.UNKNOWN, null));
                    Instant time = cell.time() != null ? cell.time() : now;
                    Transitions.Outcome outcome = Transitions.imported(target.purpose().kind(), from.state(), from.time(),
                            cell.requested(), cell.time(), job.emptyDeletes(), profile != null && profile.objected(),
                            target.purpose().doubleOptIn() && EMAIL.equals(target.channel()), cell.doubleOptInConfirmed() != null);
                    if (outcome instanceof Transitions.Change change) {
                        states.put(statusKey, new Status(change.to(), time));
                        changed.put(statusKey, new Previewed(line.key(), target.purpose().id(), target.channelId(),
                                change.to(), time));
                        tally.count(change.to());
                        if (apply) {
                            events.add(profile.id(), target.purpose().id(), target.purpose().version(), target.channelId(),
                                    from.state(), change.to(), time,
                                    "import/" + job.jobId() + "/line/" + line.line() + "/sha256/" + job.sha256(),
                                    change.to() == ConsentState.ACCEPTED && cell.doubleOptInConfirmed() != null
                                            ? "double opt-in confirmed " + cell.doubleOptInConfirmed() : null);
                        }
                    } else if (outcome instanceof Transitions.Forbidden forbidden) {
                        tally.skipped++;
                        problems.add(new LineProblem(line.line(), cell.column().isEmpty() ? header(target) : cell.column(),
                                cell.raw(), forbidden.messageKey()));
                    } else if (outcome instanceof Transitions.NoChange) {
                        tally.unchanged++;
                    }
                }
            }
            if (apply) {
                ledger.appendImported(connection, events, now, job.actor());
            }
            if (!apply) {
                writePreview(connection, job.jobId(), newKeys, changed);
            }
            store.problems(connection, job.jobId(), problems);
            progress(connection, job.jobId(), tally, linesDone);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(Layout.Target target) {
        return target.purpose().key() + "." + target.channel();
    }

    private Map<String, Profile> profiles(Connection connection, List<ParsedLine> lines, boolean lock) throws SQLException {
        List<String> externalIds = lines.stream().filter(line -> line.externalId() != null).map(ParsedLine::externalId).distinct().toList();
        List<String> emails = lines.stream().filter(line -> line.externalId() == null).map(ParsedLine::email).distinct().toList();
        Map<String, Profile> found = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select id, external_id, email, objected_at is not null from profile
                where external_id = any(?) or (external_id is null and email = any(?)) order by id"""
                + (lock ? " for update" : ""))) {
            select.setArray(1, connection.createArrayOf("varchar", externalIds.toArray()));
            select.setArray(2, connection.createArrayOf("varchar", emails.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String externalId = row.getString(2);
                    found.put(externalId != null ? "x:" + externalId : "e:" + row.getString(3),
                            new Profile(row.getLong(1), row.getBoolean(4)));
                }
            }
        }
        return found;
    }

    /** Creates the profiles of these lines (one per key); returns those it created, by key (the others exist already). */
    private Map<String, Profile> create(Connection connection, List<ParsedLine> lines, Instant now) throws SQLException {
        Map<String, ProfileStore.Identity> missing = new LinkedHashMap<>();
        lines.forEach(line -> missing.putIfAbsent(line.key(), new ProfileStore.Identity(line.externalId(), line.email())));
        Map<String, Profile> created = new HashMap<>();
        profileStore.createAll(connection, missing.values(), Languages.DEFAULT, now)
                .forEach((key, id) -> created.put(key, new Profile(id, false)));
        return created;
    }

    private Map<String, Status> statuses(Connection connection, Map<String, Profile> profiles) throws SQLException {
        Map<Long, String> keys = new HashMap<>();
        profiles.forEach((key, profile) -> keys.put(profile.id(), key));
        Map<String, Status> states = new HashMap<>();
        if (keys.isEmpty()) {
            return states;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select profile_id, purpose_id, channel_id, state, event_time from consent_status where profile_id = any(?)")) {
            select.setArray(1, connection.createArrayOf("bigint", keys.keySet().toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    states.put(keys.get(row.getLong(1)) + '|' + row.getLong(2) + '|' + row.getLong(3),
                            new Status(ConsentState.valueOf(row.getString(4)), row.getTimestamp(5).toInstant()));
                }
            }
        }
        return states;
    }

    /**
     * What earlier chunks of this validation decided for the people of these lines (it wrote no
     * status): their statuses into {@code statuses}, the people it would create into {@code created}.
     */
    private static void readPreview(Connection connection, long jobId, List<ParsedLine> lines, Map<String, Status> statuses,
                                    Set<String> created) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select profile_key, purpose_id, channel_id, state, event_time from import_preview
                where job_id = ? and profile_key = any(?)""")) {
            select.setLong(1, jobId);
            select.setArray(2, connection.createArrayOf("varchar", lines.stream().map(ParsedLine::key).distinct().toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    if (PREVIEW_NEW.equals(row.getString(4))) {
                        created.add(row.getString(1));
                    } else {
                        Timestamp time = row.getTimestamp(5);
                        statuses.put(row.getString(1) + '|' + row.getLong(2) + '|' + row.getLong(3),
                                new Status(ConsentState.valueOf(row.getString(4)), time == null ? null : time.toInstant()));
                    }
                }
            }
        }
    }

    /** Keeps what this chunk of a validation decided, for the next chunks (see {@link #readPreview}). */
    private static void writePreview(Connection connection, long jobId, List<String> createdKeys, Map<String, Previewed> changed)
            throws SQLException {
        if (createdKeys.isEmpty() && changed.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(createdKeys);
        List<Long> purposes = new ArrayList<>(Collections.nCopies(createdKeys.size(), 0L));
        List<Long> channels = new ArrayList<>(Collections.nCopies(createdKeys.size(), 0L));
        List<String> states = new ArrayList<>(Collections.nCopies(createdKeys.size(), PREVIEW_NEW));
        List<Timestamp> times = new ArrayList<>(Collections.nCopies(createdKeys.size(), (Timestamp) null));
        for (Previewed status : changed.values()) {
            keys.add(status.key());
            purposes.add(status.purposeId());
            channels.add(status.channelId());
            states.add(status.state().name());
            times.add(Timestamp.from(status.time()));
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into import_preview (job_id, profile_key, purpose_id, channel_id, state, event_time)
                select ?, k, p, c, s, t from unnest(?::varchar[], ?::bigint[], ?::bigint[], ?::varchar[], ?::timestamptz[]) as u(k, p, c, s, t)
                on conflict (job_id, profile_key, purpose_id, channel_id) do update
                set state = excluded.state, event_time = excluded.event_time""")) {
            upsert.setLong(1, jobId);
            upsert.setArray(2, array(connection, "varchar", keys));
            upsert.setArray(3, array(connection, "bigint", purposes));
            upsert.setArray(4, array(connection, "bigint", channels));
            upsert.setArray(5, array(connection, "varchar", states));
            upsert.setArray(6, array(connection, "timestamptz", times));
            upsert.executeUpdate();
        }
    }

    private static Array array(Connection connection, String type, List<?> values) throws SQLException {
        return connection.createArrayOf(type, values.toArray());
    }

    private static void progress(Connection connection, long jobId, Tally tally, long linesDone) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update import_job set rows_done = ?, new_profiles = new_profiles + ?, accepted = accepted + ?,
                    refused = refused + ?, unknown = unknown + ?, unchanged = unchanged + ?, skipped = skipped + ?,
                    errors = errors + ?, heartbeat_at = now() where id = ?""")) {
            update.setLong(1, linesDone);
            update.setLong(2, tally.newProfiles);
            update.setLong(3, tally.accepted);
            update.setLong(4, tally.refused);
            update.setLong(5, tally.unknown);
            update.setLong(6, tally.unchanged);
            update.setLong(7, tally.skipped);
            update.setLong(8, tally.errors);
            update.setLong(9, jobId);
            update.executeUpdate();
        }
    }

    private record Profile(long id, boolean objected) {
    }

    private record Status(ConsentState state, Instant time) {
    }

    /** A status a validation chunk would set. */
    private record Previewed(String key, long purposeId, long channelId, ConsentState state, Instant time) {
    }

    private static final class Tally {
        long newProfiles;
        long accepted;
        long refused;
        long unknown;
        long unchanged;
        long skipped;
        long errors;

        void count(ConsentState state) {
            switch (state) {
                case ACCEPTED -> accepted++;
                case REFUSED -> refused++;
                default -> unknown++;
            }
        }
    }

}
