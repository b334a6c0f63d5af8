package com.consentmanager.bench.driver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * (d) The expiry sweep against a raw UPDATE of the same rows (issue 9): every purpose gets an
 * expiry of N days, N chosen so that about {@code due} accepted statuses are older; the raw
 * {@code UPDATE consent_status ... set state = 'UNKNOWN'} of exactly those rows is timed in a
 * transaction that is rolled back (then VACUUM), then the same UPDATE with an {@code INSERT ... SELECT}
 * of one evidence row per status (what the sweep writes, as bare SQL; also rolled back), then the
 * product's sweep (evidence events included) runs once in the server through {@code /consent/bench/sweep}.
 */
final class ExpiryFigure {

    private ExpiryFigure() {
    }

    static void measure(Connection db, String http, int due, Report report) throws SQLException {
        Instant oldest;
        try (PreparedStatement query = db.prepareStatement(
                "select event_time from consent_status where state = 'ACCEPTED' order by event_time offset ? limit 1")) {
            query.setInt(1, Math.max(0, due - 1));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                oldest = row.getTimestamp(1).toInstant();
            }
        }
        long days = Math.max(1, Duration.between(oldest, Instant.now()).toDays());
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate("insert into purpose_expiry (purpose_id, enabled, days, updated_at) select id, true, " + days
                    + ", now() from purpose on conflict (purpose_id) do update set enabled = true, days = excluded.days");
        }
        String dueRows = "state = 'ACCEPTED' and event_time <= now() - make_interval(days => " + days + ")";
        long rows = timedAndRolledBack(db, "update consent_status set state = 'UNKNOWN', event_time = now() where " + dueRows);
        long rawNanos = lastNanos;
        System.err.printf("  raw UPDATE of %,d due statuses (rolled back): %,.0f ms%n", rows, rawNanos / 1e6);
        // What the sweep writes, as plain SQL: one evidence row per due status with INSERT ... SELECT (the
        // evidence's indexes and foreign keys checked), then the same UPDATE, in one transaction.
        long events = timedAndRolledBack(db,
                "insert into consent_event (profile_id, purpose_id, purpose_version, channel_id, previous_state, event_state,"
                        + " event_type, event_time, recorded_at, validity_until, source_type, source_reference, actor, reason)"
                        + " select profile_id, purpose_id, purpose_version, channel_id, 'ACCEPTED', 'UNKNOWN', 'EXPIRED', now(), now(),"
                        + " event_time + make_interval(days => " + days + "), 'EXPIRY', 'bench', 'bench', 'bench'"
                        + " from consent_status where " + dueRows,
                "update consent_status set state = 'UNKNOWN', event_time = now() where " + dueRows);
        long writeNanos = lastNanos;
        if (events != rows) {
            throw new IllegalStateException("INSERT ... SELECT wrote " + events + " events for " + rows + " due statuses");
        }
        System.err.printf("  raw UPDATE + INSERT of their evidence (rolled back): %,.0f ms%n", writeNanos / 1e6);
        Map<String, String> sweep = Http.lines(http + "/consent/bench/sweep");
        long sweepNanos = Long.parseLong(sweep.get("nanos"));
        long expired = Long.parseLong(sweep.get("expired"));
        System.err.printf("  sweep: %,d expired with evidence in %,.0f ms (%s)%n", expired, sweepNanos / 1e6, sweep.get("outcome"));
        if (Math.abs(expired - rows) > Math.max(10, rows / 1000)) {
            // Not the same work as the baselines (a few statuses may come of age in between; not thousands):
            // e.g. a sweep of the server's own timer ran in between.
            throw new IllegalStateException("The sweep expired " + expired + " statuses, " + rows + " were due");
        }
        report.expiry(expired, rows, sweepNanos, rawNanos, writeNanos);
    }

    private static long lastNanos;

    /** Runs the statements in one transaction, rolled back, then VACUUM; the first one's row count, the time in lastNanos. */
    private static long timedAndRolledBack(Connection db, String... statements) throws SQLException {
        long rows = -1;
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            long start = System.nanoTime();
            for (String statement : statements) {
                int count = sql.executeUpdate(statement);
                rows = rows < 0 ? count : rows;
            }
            lastNanos = System.nanoTime() - start;
        } finally {
            db.rollback();
            db.setAutoCommit(true);
        }
        try (Statement sql = db.createStatement()) {
            sql.execute("vacuum analyze consent_status");
            sql.execute("vacuum analyze consent_event");
        }
        return rows;
    }
}
