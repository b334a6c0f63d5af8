package com.consentmanager.bench.driver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Concurrent clients, each sending one GET after the other (keep-alive) for a fixed time: the
 * throughput and the latency percentiles of every answer, all of which must be 200.
 */
final class RestLoad {

    /** Requests per second and latencies in microseconds. */
    record Figures(long requests, double perSecond, double p50Micros, double p99Micros) {
    }

    /** What one run measured: every latency (nanoseconds) and the run's length. */
    record Sample(long[] latencies, double seconds) {
    }

    /** The figures of several runs taken together. */
    static Figures figures(List<Sample> samples) {
        long[] latencies = samples.stream().flatMapToLong(sample -> Arrays.stream(sample.latencies())).sorted().toArray();
        double seconds = samples.stream().mapToDouble(Sample::seconds).sum();
        return new Figures(latencies.length, latencies.length / seconds,
                percentile(latencies, 0.50) / 1e3, percentile(latencies, 0.99) / 1e3);
    }

    private RestLoad() {
    }

    /** {@code url} gives the URL of the n-th person (1-based) to ask about. */
    static Sample run(int clients, long millis, int profiles, long seed, IntFunction<String> url, String authorization)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            long start = System.nanoTime();
            long end = start + millis * 1_000_000;
            for (int c = 0; c < clients; c++) {
                SplittableRandom random = new SplittableRandom(seed + c);
                results.add(pool.submit(() -> {
                    long[] latencies = new long[1 << 16];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        String target = url.apply(1 + random.nextInt(profiles));
                        long before = System.nanoTime();
                        Http.get(target, authorization);
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = System.nanoTime() - before;
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> result : results) {
                all.add(result.get());
            }
            return new Sample(all.stream().flatMapToLong(Arrays::stream).toArray(), (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
