package com.consentmanager.bench.driver;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * The benchmark command of issue 5 (run by server-config/bin/bench.sh on a server it started):
 * generates the dataset, then measures on it, in one run, (a) single checks through the gate's local
 * EJB view against raw JDBC, both in loops inside the server; (b) single checks over REST against a
 * trivial JAX-RS endpoint, with concurrent clients; (c) an audience streamed as NDJSON against the
 * raw SQL query, with the server's live heap; (d) the expiry sweep against a raw UPDATE of the same
 * rows (issue 9); and prints every figure, ratio and target.
 * Settings: environment BENCH_DB_URL, BENCH_DB_USER, BENCH_DB_PASSWORD, BENCH_HTTP (the server's
 * base URL), CONSENT_ADMIN_PASSWORD; options --profiles --statuses --checks --warmup --rest-seconds --clients --due,
 * --import-people, --import-statuses, and --figures (default abcde: which figures to measure, e.g. {@code --figures d}
 * for the sweep alone, {@code --figures e} for the import; {@code --only} is the same option).
 */
public final class Benchmark {

    static final String NEWSLETTER = "bench_newsletter";
    static final String PARTNERS = "bench_partners";
    static final int FULL_PROFILES = 600_000;
    static final int FULL_STATUSES = 1_000_000;

    /** The gate's AUDIENCE query (StatusReads, in gate.control) without its keyset paging: the whole audience at once. */
    static final String AUDIENCE = """
            select p.id, coalesce(p.external_id, p.email), p.email, p.phone, p.language
            from consent_status s
            join profile p on p.id = s.profile_id
            where s.purpose_id = ? and s.channel_id = ? and s.state = 'ACCEPTED'
              and s.profile_id > 0 and p.id > 0 and p.objected_at is null and p.erased_at is null
              and not exists (
                  select 1 from profile d
                  left join consent_status ds on ds.profile_id = d.id and ds.purpose_id = ? and ds.channel_id = ?
                  where d.email_hash = p.email_hash and d.id <> p.id
                    and (d.objected_at is not null or ds.state <> 'ACCEPTED'))
            order by p.id""";

    private final Map<String, String> options;
    private final String http = env("BENCH_HTTP");
    private final int profiles;
    private final int statuses;
    private final Report report = new Report();

    private Benchmark(Map<String, String> options) {
        this.options = options;
        this.profiles = option("profiles", FULL_PROFILES);
        this.statuses = option("statuses", FULL_STATUSES);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new Benchmark(options).run();
    }

    private void run() throws Exception {
        try (Connection db = DriverManager.getConnection(env("BENCH_DB_URL"), env("BENCH_DB_USER"), env("BENCH_DB_PASSWORD"))) {
            Map<String, String> server = Http.lines(http + "/consent/bench/heap");
            report.machine(db, server.get("java") + ", max heap " + Long.parseLong(server.get("max")) / (1024 * 1024) + " MB");
            if (profiles != FULL_PROFILES || statuses != FULL_STATUSES) {
                report.note("REDUCED DATASET: " + profiles + " profiles / " + statuses + " statuses instead of the issue's "
                        + FULL_PROFILES + " / " + FULL_STATUSES);
            }
            addPurposes();
            Duration generation = Dataset.generate(db, profiles, statuses, 42);
            report.dataset(profiles, statuses, Dataset.states(db), generation);
            String figures = options.getOrDefault("figures", options.getOrDefault("only", "abcde"));
            if (!figures.equals("abcde")) {
                report.note("ONLY the figures " + figures + " (option --figures or --only)");
            }
            if (figures.contains("a")) {
                singleChecksInServer();
            }
            if (figures.contains("b")) {
                singleChecksOverRest(apiKey(db));
            }
            if (figures.contains("c")) {
                audience(db, apiKey(db));
            }
            if (figures.contains("d")) {
                ExpiryFigure.measure(db, http, option("due", statuses * 175 / 1000), report);
            }
            if (figures.contains("e")) {
                ImportFigure.measure(db, http, env("CONSENT_ADMIN_PASSWORD"), option("import-people", profiles),
                        option("import-statuses", statuses), report);
            }
        }
        report.print();
    }

    /** Two more purposes through the API, so that the dataset has five purposes over three channels. */
    private void addPurposes() {
        String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + env("CONSENT_ADMIN_PASSWORD")).getBytes(StandardCharsets.UTF_8));
        for (String[] purpose : List.of(new String[] {NEWSLETTER, "\"email\",\"sms\""}, new String[] {PARTNERS, "\"email\",\"phone\""})) {
            int status = Http.post(http + "/consent/api/v1/purposes", admin, """
                    {"kind":"CONSENT","key":"%s","texts":{"fr":{"subject":"%s","wording":"J'accepte."}},"channels":[%s]}"""
                    .formatted(purpose[0], purpose[0], purpose[1]));
            if (status != 201) {
                throw new IllegalStateException("Creating purpose " + purpose[0] + " answered " + status);
            }
        }
    }

    /** (a) Loops in the server, alternating gate / JDBC / JDBC / gate on the same people. */
    private void singleChecksInServer() {
        int checks = option("checks", 20_000);
        // The gate's path (EJB container, security, CDI proxies) has far more code to compile than
        // the raw loop: on 2 loaded cores 5,000 checks left its first measured loop at a third of its
        // later speed. Both loops get the same warm-up.
        int warmup = option("warmup", 20_000);
        loop("gate", warmup, 1);
        loop("jdbc", warmup, 1);
        long[] gate = new long[3];
        long[] jdbc = new long[3];
        for (int round = 0; round < 2; round++) {
            long[] roundGate = new long[3];
            long[] roundJdbc = new long[3];
            add(roundGate, loop("gate", checks, 100 + round));
            add(roundJdbc, loop("jdbc", checks, 100 + round));
            add(roundJdbc, loop("jdbc", checks, 200 + round));
            add(roundGate, loop("gate", checks, 200 + round));
            report.note(String.format("(a) round %d: gate %,.0f checks/s, raw JDBC %,.0f checks/s, ratio %.2f", round + 1,
                    roundGate[0] / (roundGate[1] / 1e9), roundJdbc[0] / (roundJdbc[1] / 1e9),
                    ((double) roundGate[0] / roundGate[1]) / ((double) roundJdbc[0] / roundJdbc[1])));
            add(gate, roundGate);
            add(jdbc, roundJdbc);
        }
        if (gate[2] != jdbc[2]) {
            throw new IllegalStateException("The gate allowed " + gate[2] + " checks, raw JDBC found " + jdbc[2] + " accepted");
        }
        report.inServer(gate[0], gate[1], jdbc[0], jdbc[1], gate[2]);
    }

    private long[] loop(String kind, int checks, long seed) {
        Map<String, String> result = Http.lines(http + "/consent/bench/loops/" + kind + "?checks=" + checks
                + "&profiles=" + profiles + "&seed=" + seed + "&channel=email&purpose=commercial_email");
        long[] figures = {Long.parseLong(result.get("checks")), Long.parseLong(result.get("nanos")), Long.parseLong(result.get("allowed"))};
        System.err.printf("  loop %-4s %,7d checks in %,8.0f ms%n", kind, figures[0], figures[1] / 1e6);
        return figures;
    }

    private static void add(long[] total, long[] figures) {
        for (int i = 0; i < total.length; i++) {
            total[i] += figures[i];
        }
    }

    /**
     * (b) Concurrent clients over HTTP, alternating trivial / signed-in trivial / gate / gate /
     * signed-in trivial / trivial. The signed-in trivial endpoint answers the same constant behind
     * the API's sign-in (the gate's API key and scope check): against it, the gate's own cost.
     */
    private void singleChecksOverRest(String key) throws Exception {
        int clients = option("clients", 8);
        long millis = option("rest-seconds", 20) * 1000L;
        IntFunction<String> gate = n -> http + "/consent/api/v1/gate?channel=email&purpose=commercial_email&email="
                + URLEncoder.encode("bench-" + n + "@example.com", StandardCharsets.UTF_8);
        IntFunction<String> trivial = n -> http + "/consent/bench/trivial?channel=email&purpose=commercial_email&email="
                + URLEncoder.encode("bench-" + n + "@example.com", StandardCharsets.UTF_8);
        IntFunction<String> signedIn = n -> http + "/consent/api/v1/bench/trivial?channel=email&purpose=commercial_email&email="
                + URLEncoder.encode("bench-" + n + "@example.com", StandardCharsets.UTF_8);
        long warmUp = Math.max(3000, millis / 4);
        RestLoad.run(clients, warmUp, profiles, 1, trivial, null);
        RestLoad.run(clients, warmUp, profiles, 1, signedIn, key);
        RestLoad.run(clients, warmUp, profiles, 1, gate, key);
        List<RestLoad.Sample> gateSamples = new ArrayList<>();
        List<RestLoad.Sample> trivialSamples = new ArrayList<>();
        List<RestLoad.Sample> signedInSamples = new ArrayList<>();
        trivialSamples.add(RestLoad.run(clients, millis, profiles, 10, trivial, null));
        signedInSamples.add(RestLoad.run(clients, millis, profiles, 10, signedIn, key));
        gateSamples.add(RestLoad.run(clients, millis, profiles, 10, gate, key));
        gateSamples.add(RestLoad.run(clients, millis, profiles, 20, gate, key));
        signedInSamples.add(RestLoad.run(clients, millis, profiles, 20, signedIn, key));
        trivialSamples.add(RestLoad.run(clients, millis, profiles, 20, trivial, null));
        report.rest(clients, RestLoad.figures(gateSamples), RestLoad.figures(trivialSamples), RestLoad.figures(signedInSamples));
    }

    /** (c) commercial_email on email: raw SQL / NDJSON / NDJSON / raw SQL, then the heap while streaming again. */
    private void audience(Connection db, String key) throws Exception {
        String url = http + "/consent/api/v1/gate/audience?channel=email&purpose=commercial_email&format=ndjson";
        long purpose = Long.parseLong(Dataset.single(db, "select id from purpose where purpose_key = 'commercial_email'"));
        long channel = Long.parseLong(Dataset.single(db, "select id from channel where channel_key = 'email'"));
        rawAudience(db, purpose, channel);
        Http.countLines(url, key);
        long[] raw = new long[2];
        long[] rest = new long[2];
        add(raw, rawAudience(db, purpose, channel));
        add(rest, restAudience(url, key));
        add(rest, restAudience(url, key));
        add(raw, rawAudience(db, purpose, channel));
        if (raw[1] != rest[1]) {
            throw new IllegalStateException("The REST audience has " + rest[1] / 2 + " lines, the raw query " + raw[1] / 2 + " rows");
        }

        long before = heap(true);
        CompletableFuture<Long> streaming = CompletableFuture.supplyAsync(() -> Http.countLines(url, key));
        long peak = before;
        while (!streaming.isDone()) {
            Thread.sleep(500);
            peak = Math.max(peak, heap(true));
        }
        streaming.get();
        long after = heap(true);
        report.audience(raw[1] / 2, rest[0] / 2, raw[0] / 2, peak - before, after - before);
    }

    /** Nanoseconds and rows of the raw query, read to its end with a cursor. */
    private static long[] rawAudience(Connection db, long purpose, long channel) throws SQLException {
        long start = System.nanoTime();
        long rows = 0;
        db.setAutoCommit(false);
        try (PreparedStatement query = db.prepareStatement(AUDIENCE)) {
            query.setFetchSize(2_000);
            query.setLong(1, purpose);
            query.setLong(2, channel);
            query.setLong(3, purpose);
            query.setLong(4, channel);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    result.getLong(1);
                    result.getString(2);
                    result.getString(3);
                    result.getString(4);
                    result.getString(5);
                    rows++;
                }
            }
        } finally {
            db.commit();
            db.setAutoCommit(true);
        }
        long nanos = System.nanoTime() - start;
        System.err.printf("  audience raw SQL  %,d rows in %,.0f ms%n", rows, nanos / 1e6);
        return new long[] {nanos, rows};
    }

    private static long[] restAudience(String url, String key) {
        long start = System.nanoTime();
        long lines = Http.countLines(url, key);
        long nanos = System.nanoTime() - start;
        System.err.printf("  audience NDJSON   %,d lines in %,.0f ms%n", lines, nanos / 1e6);
        return new long[] {nanos, lines};
    }

    private long heap(boolean gc) {
        return Long.parseLong(Http.lines(http + "/consent/bench/heap?gc=" + gc).get("used"));
    }

    /** A gate:read API key, stored as the product stores keys (SHA-256), as the Authorization header. */
    private static String apiKey(Connection db) throws Exception {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String prefix = HexFormat.of().formatHex(secret, 0, 4);
        String token = "cm_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try (PreparedStatement insert = db.prepareStatement(
                "insert into api_client (name, key_prefix, key_hash, scopes, created_by, created_at) values (?, ?, ?, 'gate:read', 'bench', now())")) {
            insert.setString(1, "bench " + prefix);
            insert.setString(2, prefix);
            insert.setString(3, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))));
            insert.executeUpdate();
        }
        return "Bearer " + token;
    }

    private int option(String name, int fallback) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name).replace("_", "")) : fallback;
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run ./consent bench");
        }
        return value;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
