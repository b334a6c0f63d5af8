package com.consentmanager.bench.driver;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects the figures as they come and prints them as one table, each with its target. */
final class Report {

    private static final double MB = 1024 * 1024;

    private final List<String> context = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    void note(String line) {
        context.add(line);
        System.err.println(line);
    }

    void machine(Connection db, String serverJava) throws SQLException {
        note("Machine: " + Runtime.getRuntime().availableProcessors() + " processors (nproc), " + Benchmark.memTotal()
                + "; load average at start " + Benchmark.loadAverage());
        note("JDK (server): " + serverJava + "; JDK (driver): " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"));
        note("PostgreSQL: " + Dataset.single(db, "select version()") + " (shared_buffers "
                + Dataset.single(db, "show shared_buffers") + ")");
    }

    void dataset(int profiles, int statuses, Map<String, Long> states, Duration generation) {
        note(String.format("Dataset: %,d profiles, %,d statuses %s, generated (COPY + VACUUM ANALYZE) in %.1f s",
                profiles, statuses, states, generation.toMillis() / 1000.0));
    }

    void inServer(long gateChecks, long gateNanos, long jdbcChecks, long jdbcNanos, long allowed) {
        double gate = gateChecks / (gateNanos / 1e9);
        double jdbc = jdbcChecks / (jdbcNanos / 1e9);
        note(String.format("(a) %,d checks through each, %,d of them allowed by both", gateChecks, allowed));
        row("(a) single check, EJB local view, 1 thread in the server", f(gate) + " checks/s",
                "raw JDBC, same query, in the server", f(jdbc) + " checks/s", gate / jdbc, ">= 0.80", gate / jdbc >= 0.80);
    }

    void rest(int clients, RestLoad.Figures gate, RestLoad.Figures trivial, RestLoad.Figures signedIn) {
        double ratio = gate.perSecond() / trivial.perSecond();
        note(String.format("(b) %d clients: gate %,d requests, trivial %,d requests, signed-in trivial %,d requests",
                clients, gate.requests(), trivial.requests(), signedIn.requests()));
        row("(b) single check, REST, " + clients + " clients", f(gate.perSecond()) + " req/s",
                "trivial JAX-RS endpoint", f(trivial.perSecond()) + " req/s", ratio, ">= 0.70", ratio >= 0.70);
        row("(b) the same, against the trivial endpoint signed in", f(gate.perSecond()) + " req/s",
                "trivial endpoint, API key + scope check", f(signedIn.perSecond()) + " req/s",
                gate.perSecond() / signedIn.perSecond(), "(shows)", null);
        row("(b) REST p50 latency", ms(gate.p50Micros()), "trivial p50", ms(trivial.p50Micros()), Double.NaN, "", null);
        row("(b) signed-in trivial p50", ms(signedIn.p50Micros()), "signed-in trivial p99", ms(signedIn.p99Micros()), Double.NaN, "", null);
        row("(b) REST p99 latency", ms(gate.p99Micros()), "trivial p99", ms(trivial.p99Micros()), Double.NaN, "< 5 ms",
                gate.p99Micros() < 5000);
    }

    void audience(long contacts, long restNanos, long rawNanos, long liveGrowth, long retainedGrowth) {
        double ratio = (double) restNanos / rawNanos;
        row(String.format("(c) audience commercial_email/email, NDJSON, %,d lines", contacts), s(restNanos),
                "raw SQL, same query unpaged, cursor", s(rawNanos), ratio, "<= 1.2 x", ratio <= 1.2);
        row("(c) live heap growth while streaming (max after GC)", String.format("%.1f MB", liveGrowth / MB),
                "", "", Double.NaN, "< 64 MB", liveGrowth < 64 * MB);
        row("(c) heap retained after streaming (after GC)", String.format("%.1f MB", retainedGrowth / MB),
                "", "", Double.NaN, "", null);
    }

    void expiry(long expired, long rawRows, long sweepNanos, long rawNanos, long writeNanos) {
        double ratio = (double) sweepNanos / rawNanos;
        row(String.format("(d) expiry sweep, %,d statuses with evidence", expired), s(sweepNanos),
                String.format("raw UPDATE of the same %,d rows", rawRows), s(rawNanos), ratio, "<= 1.5 x", ratio <= 1.5);
        row("(d) the same sweep", s(sweepNanos), "raw UPDATE + INSERT of the evidence", s(writeNanos),
                (double) sweepNanos / writeNanos, "", null);
    }

    void importing(long rows, int people, long importNanos, long copyNanos, long copyAllNanos) {
        double ratio = (double) importNanos / copyNanos;
        row(String.format("(e) import, %,d statuses of %,d new people, with evidence", rows, people), s(importNanos),
                String.format("raw COPY of the same %,d rows, indexed", rows), s(copyNanos), ratio, "<= 1.5 x", ratio <= 1.5);
        row("(e) the same import", s(importNanos), "raw COPY of its profiles, statuses, events", s(copyAllNanos),
                (double) importNanos / copyAllNanos, "", null);
    }

    void print() {
        note("Load average at the end " + Benchmark.loadAverage() + " (other processes share the machine: see BENCHMARKS.md)");
        System.out.println();
        context.forEach(System.out::println);
        System.out.println();
        String format = "| %-58s | %16s | %-38s | %16s | %6s | %-8s | %-4s |%n";
        System.out.printf(format, "measurement", "figure", "baseline", "figure", "ratio", "target", "met");
        System.out.printf(format, "-".repeat(58), "-".repeat(16), "-".repeat(38), "-".repeat(16), "-".repeat(6), "-".repeat(8), "-".repeat(4));
        for (String[] row : rows) {
            System.out.printf(format, (Object[]) row);
        }
    }

    private void row(String what, String figure, String baseline, String baselineFigure, double ratio, String target, Boolean met) {
        rows.add(new String[] {what, figure, baseline, baselineFigure, Double.isNaN(ratio) ? "" : String.format("%.2f", ratio),
                target, met == null ? "" : met ? "yes" : "NO"});
    }

    private static String f(double perSecond) {
        return String.format("%,.0f", perSecond);
    }

    private static String ms(double micros) {
        return String.format("%.2f ms", micros / 1000);
    }

    private static String s(long nanos) {
        return String.format("%.2f s", nanos / 1e9);
    }
}
