package com.consentmanager.bench.driver;

import org.postgresql.PGConnection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * (e) A consent import end to end (issue 8) against a raw COPY of the same rows: ten purposes on
 * email, a semicolon file of {@code people} new people carrying {@code statuses} values (two for
 * the first ones, one for the rest; 70 % oui, 30 % non; a date each), uploaded with
 * {@code POST /api/v1/imports} (real run, not all-or-nothing: one pass validating and writing
 * profiles, statuses and IMPORTED evidence), timed from the upload to COMPLETED. The baseline (the
 * issue's) COPYs the same (email, purpose, state, date) rows into a table indexed like
 * {@code consent_status} (primary key and audience index), in the same database; a second one COPYs
 * what the import writes (profiles, statuses, events) into tables indexed like the product's.
 */
final class ImportFigure {

    static final int PURPOSES = 10;

    private ImportFigure() {
    }

    static void measure(Connection db, String http, String adminPassword, int people, int statuses, Report report) throws Exception {
        String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        String run = UUID.randomUUID().toString().substring(0, 6);
        String[] keys = new String[PURPOSES];
        for (int p = 0; p < PURPOSES; p++) {
            keys[p] = "bench_import_" + run + "_" + p;
            int status = Http.post(http + "/consent/api/v1/purposes", admin, """
                    {"kind":"CONSENT","key":"%s","texts":{"fr":{"subject":"%s","wording":"J'accepte."}},"channels":["email"]}"""
                    .formatted(keys[p], keys[p]));
            if (status != 201) {
                throw new IllegalStateException("Creating purpose " + keys[p] + " answered " + status);
            }
        }
        int doubles = Math.max(0, Math.min(people, statuses - people));
        StringBuilder file = new StringBuilder("email");
        for (String key : keys) {
            file.append(';').append(key).append(';').append(key).append("_date");
        }
        file.append("\r\n");
        StringBuilder copy = new StringBuilder();
        long rows = 0;
        for (int i = 0; i < people; i++) {
            String email = "import-" + run + "-" + i + "@example.com";
            int first = i % PURPOSES;
            int second = doubles > i ? (first + 1 + i / PURPOSES % (PURPOSES - 1)) % PURPOSES : -1;
            file.append(email);
            for (int p = 0; p < PURPOSES; p++) {
                if (p == first || p == second) {
                    boolean yes = (i * 7 + p) % 10 < 7;
                    String date = String.format("%02d/%02d/20%02d", 1 + (i + p) % 28, 1 + (i + p) % 12, 21 + (i + p) % 4);
                    file.append(';').append(yes ? "oui" : "non").append(';').append(date);
                    copy.append(email).append('\t').append(keys[p]).append('\t').append(yes ? "ACCEPTED" : "REFUSED").append('\t')
                            .append(date.substring(6)).append('-').append(date, 3, 5).append('-').append(date, 0, 2).append('\n');
                    rows++;
                } else {
                    file.append(";;");
                }
            }
            file.append("\r\n");
        }
        byte[] csv = file.toString().getBytes(StandardCharsets.UTF_8);
        System.err.printf("  import file: %,d people, %,d statuses, %,.1f MB%n", people, rows, csv.length / 1e6);

        long rawNanos = copy(db, copy.toString());
        System.err.printf("  raw COPY of %,d rows into an indexed table: %,.0f ms%n", rows, rawNanos / 1e6);
        long allNanos = copyEverything(db, copy.toString());
        System.err.printf("  raw COPY of %,d profiles, %,d statuses and %,d events into tables indexed like the product's: %,.0f ms%n",
                people, rows, rows, allNanos / 1e6);

        long start = System.nanoTime();
        String location = upload(http + "/consent/api/v1/imports", admin, csv);
        String state;
        String body;
        do {
            Thread.sleep(200);
            body = new String(Http.get(location, admin), StandardCharsets.UTF_8);
            state = field(body, "state");
        } while ("QUEUED".equals(state) || "RUNNING".equals(state));
        long importNanos = System.nanoTime() - start;
        if (!"COMPLETED".equals(state)) {
            throw new IllegalStateException("The import ended " + state + ": " + body);
        }
        long accepted = Long.parseLong(field(body, "accepted"));
        long refused = Long.parseLong(field(body, "refused"));
        System.err.printf("  import: %,d accepted + %,d refused in %,.0f ms%n", accepted, refused, importNanos / 1e6);
        if (accepted + refused != rows) {
            throw new IllegalStateException("The import changed " + (accepted + refused) + " statuses, the file has " + rows);
        }
        report.importing(rows, people, importNanos, rawNanos, allNanos);
    }

    private static long copy(Connection db, String rows) throws SQLException, IOException {
        try (Statement sql = db.createStatement()) {
            sql.execute("drop table if exists bench_copy_status");
            sql.execute("""
                    create table bench_copy_status (email varchar(320) not null, purpose varchar(64) not null,
                        state varchar(8) not null, event_time timestamptz not null, primary key (email, purpose))""");
            sql.execute("create index bench_copy_status_audience on bench_copy_status (purpose, state, email)");
        }
        long start = System.nanoTime();
        db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_copy_status from stdin", new StringReader(rows));
        long nanos = System.nanoTime() - start;
        try (Statement sql = db.createStatement()) {
            sql.execute("drop table bench_copy_status");
        }
        return nanos;
    }

    /**
     * The second baseline: what the import writes, as COPYs of the same rows into copies of
     * {@code profile}, {@code consent_status} and {@code consent_event} with their indexes and
     * checks ({@code LIKE ... INCLUDING ALL}: no foreign keys, no triggers), in one transaction.
     * The rows are built before the clock starts: a profile per person (address, a 64-character
     * hash), a status and an event per row (the import's source reference, of the same length).
     */
    private static long copyEverything(Connection db, String rows) throws SQLException, IOException {
        StringBuilder profiles = new StringBuilder();
        StringBuilder statuses = new StringBuilder();
        StringBuilder events = new StringBuilder();
        java.util.Map<String, Integer> ids = new java.util.HashMap<>();
        java.util.Map<String, Integer> purposes = new java.util.HashMap<>();
        String now = java.time.Instant.now().toString();
        String hash = "0".repeat(64);
        long line = 0;
        for (String row : rows.split("\n")) {
            String[] f = row.split("\t");
            Integer id = ids.get(f[0]);
            if (id == null) {
                id = ids.size() + 1;
                ids.put(f[0], id);
                String h = Integer.toHexString(f[0].hashCode());
                profiles.append(id).append("\t\\N\t").append(f[0]).append('\t').append(h).append(hash, h.length(), 64)
                        .append("\t\\N\tfr\t\\N\t\\N\t").append(now).append('\t').append(now).append("\t0\n");
            }
            int purpose = purposes.computeIfAbsent(f[1], k -> purposes.size() + 1);
            line++;
            statuses.append(id).append('\t').append(purpose).append("\t1\t").append(f[2]).append("\t1\t").append(f[3])
                    .append('\t').append(line).append('\n');
            events.append(line).append('\t').append(id).append('\t').append(purpose).append("\t1\t1\tUNKNOWN\t").append(f[2])
                    .append("\tIMPORTED\t").append(f[3]).append('\t').append(now).append("\t\\N\tIMPORT\timport/1/line/").append(line)
                    .append("/sha256/").append(hash).append("\tadmin\t\\N\t\\N\t\\N\t\\N\n");
        }
        try (Statement sql = db.createStatement()) {
            for (String table : new String[]{"profile", "consent_status", "consent_event"}) {
                sql.execute("drop table if exists bench_copy_" + table);
                sql.execute("create table bench_copy_" + table + " (like " + table + " including all)");
            }
        }
        db.setAutoCommit(false);
        long start = System.nanoTime();
        try {
            org.postgresql.copy.CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy bench_copy_profile (id, external_id, email, email_hash, phone, language, objected_at, erased_at,"
                    + " created_at, updated_at, version) from stdin", new StringReader(profiles.toString()));
            copy.copyIn("copy bench_copy_consent_status (profile_id, purpose_id, channel_id, state, purpose_version, event_time,"
                    + " last_event_id) from stdin", new StringReader(statuses.toString()));
            copy.copyIn("copy bench_copy_consent_event (id, profile_id, purpose_id, purpose_version, channel_id, previous_state,"
                    + " event_state, event_type, event_time, recorded_at, validity_until, source_type, source_reference, actor,"
                    + " ip_address, user_agent, language, reason) from stdin", new StringReader(events.toString()));
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        long nanos = System.nanoTime() - start;
        try (Statement sql = db.createStatement()) {
            for (String table : new String[]{"profile", "consent_status", "consent_event"}) {
                sql.execute("drop table bench_copy_" + table);
            }
        }
        return nanos;
    }

    private static String upload(String url, String authorization, byte[] csv) throws IOException {
        String boundary = "----bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(csv.length + 1024);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\nfalse\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(csv);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setRequestMethod("POST");
        connection.setRequestProperty("Authorization", authorization);
        connection.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + boundary);
        connection.setFixedLengthStreamingMode(body.size());
        connection.setDoOutput(true);
        try (OutputStream out = connection.getOutputStream()) {
            body.writeTo(out);
        }
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            String answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (status != 202) {
                throw new UncheckedIOException(new IOException("POST /imports answered " + status + ": " + answer));
            }
        }
        return connection.getHeaderField("Location");
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^,\"}]*)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return matcher.group(1);
    }
}
