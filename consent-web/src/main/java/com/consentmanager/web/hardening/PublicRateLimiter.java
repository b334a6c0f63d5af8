package com.consentmanager.web.hardening;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-client token buckets for the public pages and routes: each client (an IP address) may send
 * {@code burst} requests at once, then {@code perMinute} a minute, refilled continuously. The
 * buckets live in memory in a map bounded to {@code maxClients}: when it is full, the client
 * that was seen least recently is forgotten (its next request starts with a full bucket), so a
 * flood of addresses costs a bounded amount of memory. Thread-safe; the clock is injected so
 * that tests never sleep.
 */
public class PublicRateLimiter {

    private static final long MILLIS_PER_MINUTE = 60_000;

    private final int burst;
    private final int perMinute;
    private final Clock clock;
    private final Map<String, Bucket> buckets;

    public PublicRateLimiter(int burst, int perMinute, int maxClients, Clock clock) {
        if (burst < 1 || perMinute < 1 || maxClients < 1) {
            throw new IllegalArgumentException("burst, perMinute and maxClients must be positive");
        }
        this.burst = burst;
        this.perMinute = perMinute;
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
            }
        };
    }

    /**
     * Takes one token from the client's bucket. Answers 0 when the request may go on, else the
     * whole number of seconds (at least 1) after which the client's next request will be served.
     */
    public synchronized long acquire(String client) {
        long now = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(burst, now));
        bucket.refill(now, burst, perMinute);
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return 0;
        }
        double missingMillis = (1 - bucket.tokens) * MILLIS_PER_MINUTE / perMinute;
        return Math.max(1, (long) Math.ceil(missingMillis / 1000));
    }

    /** How many clients are remembered now (at most maxClients). */
    public synchronized int clients() {
        return buckets.size();
    }

    private static final class Bucket {

        private double tokens;
        private long refilledAt;

        private Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        private void refill(long now, int burst, int perMinute) {
            long elapsed = Math.max(0, now - refilledAt);
            tokens = Math.min(burst, tokens + (double) elapsed * perMinute / MILLIS_PER_MINUTE);
            refilledAt = now;
        }
    }
}
