package com.consentmanager.apiclient.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeyCacheTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final ApiKeyCache cache = new ApiKeyCache(nanos::get);

    private static ApiKeyCache.Entry entry(String prefix, Instant lastUsed) {
        return new ApiKeyCache.Entry(7, prefix, "api:Message (" + prefix + ")", Set.of("gate:read"), lastUsed);
    }

    @Test
    void aStoredKeyIsAnsweredUntilItsTimeToLiveHasPassed() {
        ApiKeys.Key key = ApiKeys.generate();
        String hash = ApiKeys.hash(key.token());
        cache.put(hash, entry(key.prefix(), null), cache.generation());

        assertThat(cache.get(hash)).isPresent();
        nanos.addAndGet(ApiKeyCache.TTL.toNanos());
        assertThat(cache.get(hash)).isPresent();
        nanos.addAndGet(1);
        assertThat(cache.get(hash)).isEmpty();
    }

    @Test
    void theCacheIsKeyedByTheHashNeverByTheKey() {
        ApiKeys.Key key = ApiKeys.generate();
        cache.put(ApiKeys.hash(key.token()), entry(key.prefix(), null), cache.generation());

        assertThat(cache.get(key.token())).isEmpty();
        assertThat(cache.get(ApiKeys.hash(key.token()))).isPresent();
    }

    @Test
    void revokingEvictsTheKeyAtOnce() {
        ApiKeys.Key key = ApiKeys.generate();
        ApiKeys.Key other = ApiKeys.generate();
        cache.put(ApiKeys.hash(key.token()), entry(key.prefix(), null), cache.generation());
        cache.put(ApiKeys.hash(other.token()), entry(other.prefix(), null), cache.generation());

        cache.revoked(new ApiKeyCache.Revoked(key.prefix()));

        assertThat(cache.get(ApiKeys.hash(key.token()))).isEmpty();
        assertThat(cache.get(ApiKeys.hash(other.token()))).isPresent();
    }

    @Test
    void aLoadThatStartedBeforeARevocationIsNotStored() {
        ApiKeys.Key key = ApiKeys.generate();
        long before = cache.generation();
        cache.evict(key.prefix());

        cache.put(ApiKeys.hash(key.token()), entry(key.prefix(), null), before);

        assertThat(cache.get(ApiKeys.hash(key.token()))).isEmpty();
    }

    @Test
    void theLastUseIsWrittenOncePerPrecision() {
        Instant now = Instant.parse("2026-11-29T10:00:00Z");
        Duration minute = Duration.ofMinutes(1);
        ApiKeyCache.Entry fresh = entry("abcdefgh", now.minusSeconds(30));
        ApiKeyCache.Entry stale = entry("abcdefgh", now.minusSeconds(61));
        ApiKeyCache.Entry never = entry("abcdefgh", null);

        assertThat(fresh.claimLastUse(now, minute)).isFalse();
        assertThat(stale.claimLastUse(now, minute)).isTrue();
        assertThat(stale.claimLastUse(now, minute)).isFalse();
        assertThat(stale.claimLastUse(now.plusSeconds(59), minute)).isFalse();
        assertThat(stale.claimLastUse(now.plusSeconds(60), minute)).isTrue();
        assertThat(never.claimLastUse(now, minute)).isTrue();
        assertThat(never.claimLastUse(now, minute)).isFalse();
    }
}
