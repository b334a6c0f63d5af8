package com.consentmanager.apiclient.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * API keys that authenticated recently, so that an API call does not read {@code api_client} each
 * time. Keyed by the SHA-256 of the presented key (the value stored in {@code api_client.key_hash}),
 * never by the key itself; only keys that matched an active client are held, for {@link #TTL} at
 * most: a key revoked on another server stops working within that time. A revocation on this server
 * evicts the key at once, and again once its transaction has completed ({@link Revoked}); a load
 * that started before an eviction is not stored ({@link #generation()}).
 */
@ApplicationScoped
public class ApiKeyCache {

    /** How long an authenticated key is trusted without reading its client again. */
    public static final Duration TTL = Duration.ofSeconds(15);
    /** Beyond this many entries, expired ones are dropped when a key is stored. */
    static final int PURGE_ABOVE = 1_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final LongSupplier nanoTime;

    public ApiKeyCache() {
        this(System::nanoTime);
    }

    ApiKeyCache(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** What a verified key stands for, and when its last use was last written. */
    public static final class Entry {

        private final long clientId;
        private final String prefix;
        private final String callerName;
        private final Set<String> roles;
        private final AtomicReference<Instant> lastUsedAt;
        private long loadedAt;

        public Entry(long clientId, String prefix, String callerName, Set<String> roles, Instant lastUsedAt) {
            this.clientId = clientId;
            this.prefix = prefix;
            this.callerName = callerName;
            this.roles = Set.copyOf(roles);
            this.lastUsedAt = new AtomicReference<>(lastUsedAt);
        }

        public long clientId() {
            return clientId;
        }

        public String prefix() {
            return prefix;
        }

        public String callerName() {
            return callerName;
        }

        public Set<String> roles() {
            return roles;
        }

        /**
         * True for exactly one caller when the last use known here is older than {@code precision}
         * (or unknown): that caller writes {@code now} as the last use; every other call writes nothing.
         */
        public boolean claimLastUse(Instant now, Duration precision) {
            while (true) {
                Instant last = lastUsedAt.get();
                if (last != null && last.isAfter(now.minus(precision))) {
                    return false;
                }
                if (lastUsedAt.compareAndSet(last, now)) {
                    return true;
                }
            }
        }
    }

    /** The CDI event fired when a key is revoked; observed once the transaction has completed. */
    public record Revoked(String prefix) {
    }

    /** The entry for a key hash, unless absent or older than {@link #TTL}. */
    public Optional<Entry> get(String keyHash) {
        Entry entry = entries.get(keyHash);
        if (entry == null) {
            return Optional.empty();
        }
        if (nanoTime.getAsLong() - entry.loadedAt > TTL.toNanos()) {
            entries.remove(keyHash, entry);
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    /** Read before loading a client: {@link #put} refuses the result if an eviction happened since. */
    public long generation() {
        return generation.get();
    }

    public void put(String keyHash, Entry entry, long generationBeforeLoad) {
        if (generation.get() != generationBeforeLoad) {
            return;
        }
        long now = nanoTime.getAsLong();
        entry.loadedAt = now;
        if (entries.size() >= PURGE_ABOVE) {
            entries.values().removeIf(old -> now - old.loadedAt > TTL.toNanos());
        }
        entries.put(keyHash, entry);
        if (generation.get() != generationBeforeLoad) {
            entries.remove(keyHash, entry);
        }
    }

    /** Forgets the key with this prefix (revoked): its next use reads the client again. */
    public void evict(String prefix) {
        generation.incrementAndGet();
        entries.values().removeIf(entry -> entry.prefix.equals(prefix));
    }

    void revoked(@Observes(during = TransactionPhase.AFTER_COMPLETION) Revoked revoked) {
        evict(revoked.prefix());
    }
}
