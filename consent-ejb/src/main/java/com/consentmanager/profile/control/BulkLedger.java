package com.consentmanager.profile.control;

import com.consentmanager.profile.entity.ConsentState;
import com.consentmanager.profile.entity.Provenance;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ledger's set-based path, beside {@link Ledger}'s one-decision path: the only other code that
 * writes {@code consent_status} and {@code consent_event}. Each statement appends the evidence of
 * many changes and brings their statuses to the new state together, so that a status always names
 * its last event:
 * <ul>
 * <li>{@link #appendImported}: an import chunk's changes (source IMPORT), from arrays in one
 * statement;</li>
 * <li>{@link #expireAccepted} and {@link #expirePending}: the expiry sweep's batches (source EXPIRY).
 * A batch chooses the due statuses and locks them with their profiles ({@code FOR NO KEY UPDATE SKIP
 * LOCKED}; the profile's row lock is the one every status change takes first): a profile being
 * decided on right now is skipped and taken by the next batch or sweep, and a status changed since
 * the statement began is seen in its new version (and dropped if no longer due). The statuses are
 * updated by their row address (ctid, a TID scan rather than a join over the whole table), still
 * only in the state the step expires, each taking a new event id from the evidence's sequence; the
 * EXPIRED events are inserted from the UPDATE's RETURNING with exactly those ids. A status is due
 * only while ACCEPTED (or PENDING), so a second sweep, or the same one again, finds nothing more.</li>
 * </ul>
 */
@Dependent
public class BulkLedger {

    private static final String IMPORTED = """
            with changed as (
                insert into consent_event (profile_id, purpose_id, purpose_version, channel_id, previous_state, event_state,
                    event_type, event_time, recorded_at, source_type, source_reference, actor, reason, receipt_id)
                select profile_id, purpose_id, purpose_version, channel_id, previous_state, event_state, 'IMPORTED',
                    event_time, ?, 'IMPORT', source_reference, ?, reason, receipt_id
                from unnest(?::bigint[], ?::bigint[], ?::int[], ?::bigint[], ?::varchar[], ?::varchar[], ?::timestamptz[],
                    ?::varchar[], ?::varchar[], ?::varchar[]) with ordinality
                    as t(profile_id, purpose_id, purpose_version, channel_id, previous_state, event_state, event_time,
                    source_reference, reason, receipt_id, n)
                order by n
                returning id, profile_id, purpose_id, channel_id, event_state, purpose_version, event_time)
            insert into consent_status (profile_id, purpose_id, channel_id, state, purpose_version, event_time, last_event_id)
            select distinct on (profile_id, purpose_id, channel_id)
                profile_id, purpose_id, channel_id, event_state, purpose_version, event_time, id
            from changed order by profile_id, purpose_id, channel_id, id desc
            on conflict (profile_id, purpose_id, channel_id) do update
            set state = excluded.state, purpose_version = excluded.purpose_version,
                event_time = excluded.event_time, last_event_id = excluded.last_event_id""";

    /**
     * The middle of both expiry steps: the batch's due statuses (at most ?2), locked with their
     * profiles, set to UNKNOWN while still in {@code state}, each with a new event id, returning what
     * the EXPIRED events need ({@code carried}: the step's own columns of {@code due}).
     */
    private static String expired(String state, String carried) {
        return """
                    limit ?2
                    for no key update of s skip locked
                    for no key update of p skip locked
                ), expired as (
                    update consent_status s
                    set state = 'UNKNOWN', event_time = cast(?1 as timestamptz), last_event_id = nextval('consent_event_id_seq')
                    from due
                    where s.ctid = any(array(select row_id from due)) and s.ctid = due.row_id and s.state = '%s'
                    returning s.last_event_id, s.profile_id, s.purpose_id, s.purpose_version, s.channel_id, %s
                )
                """.formatted(state, carried);
    }

    /** When the last contact (acceptance, renewal or prolonging activity) is older than the purpose's duration. */
    private static final String EXPIRE_ACCEPTED = """
            with due as (
                select s.ctid as row_id, e.days, greatest(s.event_time, pp.prolonged_at) as last_contact
                from consent_status s
                join purpose_expiry e on e.purpose_id = s.purpose_id and e.enabled
                join profile p on p.id = s.profile_id
                left join purpose_prolongation pp on pp.purpose_id = s.purpose_id and pp.profile_id = s.profile_id
                where s.state = 'ACCEPTED'
                  and s.event_time <= cast(?1 as timestamptz) - make_interval(days => e.days)
                  and (pp.prolonged_at is null or pp.prolonged_at <= cast(?1 as timestamptz) - make_interval(days => e.days))
""" + expired("ACCEPTED", "due.days, due.last_contact") + """
            insert into consent_event (id, profile_id, purpose_id, purpose_version, channel_id, previous_state, event_state,
                event_type, event_time, recorded_at, validity_until, source_type, source_reference, actor, reason)
            select last_event_id, profile_id, purpose_id, purpose_version, channel_id, 'ACCEPTED', 'UNKNOWN', 'EXPIRED',
                   cast(?1 as timestamptz), cast(?3 as timestamptz), last_contact + make_interval(days => days), 'EXPIRY',
                   cast(?4 as varchar), 'expiry', 'No prolonging activity for ' || days || ' days'
            from expired""";

    /** PENDING statuses whose confirmation request expired unused, with no valid request left for them. */
    private static final String EXPIRE_PENDING = """
            with due as (
                select s.ctid as row_id,
                       (select max(r.id) from confirmation_request r join confirmation_item i on i.request_id = r.id
                        where r.profile_id = s.profile_id and i.purpose_id = s.purpose_id and i.channel_id = s.channel_id
                          and r.used_at is null and r.expires_at <= cast(?1 as timestamptz)) as request_id
                from consent_status s
                join profile p on p.id = s.profile_id
                where s.state = 'PENDING'
                  and exists (select 1 from confirmation_request r join confirmation_item i on i.request_id = r.id
                              where r.profile_id = s.profile_id and i.purpose_id = s.purpose_id and i.channel_id = s.channel_id
                                and r.used_at is null and r.expires_at <= cast(?1 as timestamptz))
                  and not exists (select 1 from confirmation_request r join confirmation_item i on i.request_id = r.id
                                  where r.profile_id = s.profile_id and i.purpose_id = s.purpose_id and i.channel_id = s.channel_id
                                    and r.used_at is null and r.expires_at > cast(?1 as timestamptz))
""" + expired("PENDING", "due.request_id") + """
            insert into consent_event (id, profile_id, purpose_id, purpose_version, channel_id, previous_state, event_state,
                event_type, event_time, recorded_at, source_type, source_reference, actor, reason)
            select last_event_id, profile_id, purpose_id, purpose_version, channel_id, 'PENDING', 'UNKNOWN', 'EXPIRED',
                   cast(?1 as timestamptz), cast(?3 as timestamptz), 'EXPIRY', cast(?4 as varchar), 'expiry',
                   'Double opt-in not confirmed in time (confirmation:' || request_id || ')'
            from expired""";

    @PersistenceContext
    EntityManager em;

    /** Changes gathered for one statement, in order. */
    public static final class Batch {
        private final List<Long> profiles = new ArrayList<>();
        private final List<Long> purposes = new ArrayList<>();
        private final List<Integer> versions = new ArrayList<>();
        private final List<Long> channels = new ArrayList<>();
        private final List<String> previous = new ArrayList<>();
        private final List<String> states = new ArrayList<>();
        private final List<Timestamp> times = new ArrayList<>();
        private final List<String> references = new ArrayList<>();
        private final List<String> reasons = new ArrayList<>();
        private final List<String> receipts = new ArrayList<>();
        /** One receipt per person and import line: the events of one line share it. */
        private final Map<String, String> receiptOf = new HashMap<>();

        public void add(long profileId, long purposeId, int purposeVersion, long channelId, ConsentState from, ConsentState to,
                        Instant eventTime, String reference, String reason) {
            profiles.add(profileId);
            purposes.add(purposeId);
            versions.add(purposeVersion);
            channels.add(channelId);
            previous.add(from.name());
            states.add(to.name());
            times.add(Timestamp.from(eventTime));
            references.add(Provenance.clip(reference, Provenance.REFERENCE_MAX_LENGTH));
            reasons.add(Provenance.clip(reason, Provenance.REASON_MAX_LENGTH));
            receipts.add(receiptOf.computeIfAbsent(profileId + "|" + reference, line -> UUID.randomUUID().toString()));
        }

        public boolean isEmpty() {
            return profiles.isEmpty();
        }
    }

    /**
     * Appends an import chunk's IMPORTED events, sets their statuses, and marks their purposes as used,
     * on the chunk's connection (its transaction).
     */
    public void appendImported(Connection connection, Batch batch, Instant recordedAt, String actor) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(IMPORTED)) {
            insert.setTimestamp(1, Timestamp.from(recordedAt));
            insert.setString(2, actor);
            insert.setArray(3, array(connection, "bigint", batch.profiles));
            insert.setArray(4, array(connection, "bigint", batch.purposes));
            insert.setArray(5, array(connection, "int4", batch.versions));
            insert.setArray(6, array(connection, "bigint", batch.channels));
            insert.setArray(7, array(connection, "varchar", batch.previous));
            insert.setArray(8, array(connection, "varchar", batch.states));
            insert.setArray(9, array(connection, "timestamptz", batch.times));
            insert.setArray(10, array(connection, "varchar", batch.references));
            insert.setArray(11, array(connection, "varchar", batch.reasons));
            insert.setArray(12, array(connection, "varchar", batch.receipts));
            insert.executeUpdate();
        }
        try (PreparedStatement used = connection.prepareStatement(
                "update purpose set used_since = ? where id = any(?) and used_since is null")) {
            used.setTimestamp(1, Timestamp.from(recordedAt));
            used.setArray(2, array(connection, "bigint", batch.purposes.stream().distinct().toList()));
            used.executeUpdate();
        }
    }

    /** One batch of the sweep: at most {@code max} ACCEPTED statuses past their duration become UNKNOWN; how many. */
    public int expireAccepted(Instant asOf, Instant recordedAt, String reference, int max) {
        return run(EXPIRE_ACCEPTED, asOf, recordedAt, reference, max);
    }

    /** One batch of the sweep: at most {@code max} PENDING statuses whose confirmation expired become UNKNOWN; how many. */
    public int expirePending(Instant asOf, Instant recordedAt, String reference, int max) {
        return run(EXPIRE_PENDING, asOf, recordedAt, reference, max);
    }

    private int run(String sql, Instant asOf, Instant recordedAt, String reference, int max) {
        return em.createNativeQuery(sql).setParameter(1, Timestamp.from(asOf)).setParameter(2, max)
                .setParameter(3, Timestamp.from(recordedAt)).setParameter(4, reference).executeUpdate();
    }

    private static Array array(Connection connection, String type, List<?> values) throws SQLException {
        return connection.createArrayOf(type, values.toArray());
    }
}
