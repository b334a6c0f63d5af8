package com.consentmanager.bench.driver;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The benchmark's people and statuses, written with COPY straight into an empty database:
 * {@code profiles} people bench-1@example.com ... (email_hash computed as EmailHashes does, with the
 * database's own secret), and {@code statuses} statuses spread over them (each person has one or two),
 * on the purpose × channel pairs below, 70% ACCEPTED, 20% REFUSED, 10% PENDING, event times spread
 * over the last four years. No evidence events: the gate never reads them, and consent_status's
 * last_event_id (NOT NULL, no foreign key) holds the placeholder 0.
 */
final class Dataset {

    /** Purpose × channel pairs and their share of the statuses. */
    static final List<Pair> PAIRS = List.of(
            new Pair("commercial_email", "email", 35), new Pair("commercial_sms", "sms", 15),
            new Pair("commercial_phone", "phone", 10), new Pair(Benchmark.NEWSLETTER, "email", 15),
            new Pair(Benchmark.NEWSLETTER, "sms", 10), new Pair(Benchmark.PARTNERS, "email", 10),
            new Pair(Benchmark.PARTNERS, "phone", 5));

    record Pair(String purpose, String channel, int weight) {
    }

    private static final int FLUSH_BYTES = 1 << 20;
    private static final long FOUR_YEARS = Duration.ofDays(4 * 365 + 1).toSeconds();

    private Dataset() {
    }

    /** Writes everything and returns how long it took, COPY and VACUUM ANALYZE included. */
    static Duration generate(Connection connection, int profiles, int statuses, long seed) throws SQLException {
        if (statuses < profiles || statuses > 2L * profiles) {
            throw new IllegalArgumentException("Each person has one or two statuses: profiles <= statuses <= 2 x profiles");
        }
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from profile")) {
            count.next();
            if (count.getLong(1) != 0) {
                throw new IllegalStateException("The benchmark needs a database without profiles");
            }
        }
        byte[] key = single(connection, "select secret from application_secret where name = 'profile.email_hash'").getBytes(StandardCharsets.US_ASCII);
        long[][] ids = pairIds(connection);
        Instant now = Instant.now();
        SplittableRandom random = new SplittableRandom(seed);
        try (Rows people = new Rows(connection, "copy profile (id, email, email_hash, phone, language, created_at, updated_at) from stdin")) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (int id = 1; id <= profiles; id++) {
                String email = "bench-" + id + "@example.com";
                String hash = HexFormat.of().formatHex(mac.doFinal(email.getBytes(StandardCharsets.UTF_8)));
                people.add(id + "\t" + email + "\t" + hash + "\t+336" + String.format("%08d", id) + "\t"
                        + (id % 4 == 0 ? "en" : "fr") + "\t" + now + "\t" + now);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        // The statuses' foreign keys need the people committed first.
        try (Rows states = new Rows(connection,
                "copy consent_status (profile_id, purpose_id, channel_id, state, purpose_version, event_time, last_event_id) from stdin")) {
            long twice = (long) statuses - profiles;
            for (int id = 1; id <= profiles; id++) {
                int first = pick(random, -1);
                states.add(status(id, ids[first], random, now));
                // Spread the people who have two statuses evenly (exactly statuses - profiles of them).
                if (twice * id / profiles != twice * (id - 1) / profiles) {
                    states.add(status(id, ids[pick(random, first)], random, now));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("select setval(pg_get_serial_sequence('profile', 'id'), " + profiles + ")");
            statement.execute("vacuum analyze profile");
            statement.execute("vacuum analyze consent_status");
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Statuses per state, as found in the database. */
    static Map<String, Long> states(Connection connection) throws SQLException {
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select state, count(*) from consent_status group by state")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private static String status(int profileId, long[] pair, SplittableRandom random, Instant now) {
        int draw = random.nextInt(100);
        String state = draw < 70 ? "ACCEPTED" : draw < 90 ? "REFUSED" : "PENDING";
        Instant eventTime = now.minusSeconds(random.nextLong(FOUR_YEARS));
        return profileId + "\t" + pair[0] + "\t" + pair[1] + "\t" + state + "\t" + pair[2] + "\t" + eventTime + "\t0";
    }

    /** A pair index drawn by weight, other than {@code except}. */
    private static int pick(SplittableRandom random, int except) {
        while (true) {
            int draw = random.nextInt(100);
            for (int i = 0; i < PAIRS.size(); i++) {
                draw -= PAIRS.get(i).weight();
                if (draw < 0) {
                    if (i != except) {
                        return i;
                    }
                    break;
                }
            }
        }
    }

    /** Per pair: purpose id, channel id, the purpose's current version. */
    private static long[][] pairIds(Connection connection) throws SQLException {
        List<long[]> ids = new ArrayList<>();
        for (Pair pair : PAIRS) {
            ids.add(new long[] {
                    Long.parseLong(single(connection, "select id from purpose where purpose_key = '" + pair.purpose() + "'")),
                    Long.parseLong(single(connection, "select id from channel where channel_key = '" + pair.channel() + "'")),
                    Long.parseLong(single(connection, "select current_version from purpose where purpose_key = '" + pair.purpose() + "'"))});
        }
        return ids.toArray(long[][]::new);
    }

    static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            if (!row.next()) {
                throw new IllegalStateException("No row for " + sql);
            }
            return row.getString(1);
        }
    }

    /** A COPY FROM STDIN fed a buffer at a time (the connection is in autocommit: it commits at the end). */
    private static final class Rows implements AutoCloseable {

        private final CopyIn copy;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES + 4096);

        Rows(Connection connection, String sql) throws SQLException {
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        }

        void add(String line) throws SQLException {
            buffer.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            buffer.write('\n');
            if (buffer.size() >= FLUSH_BYTES) {
                flush();
            }
        }

        private void flush() throws SQLException {
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            buffer.reset();
        }

        @Override
        public void close() throws SQLException {
            flush();
            copy.endCopy();
        }
    }
}
