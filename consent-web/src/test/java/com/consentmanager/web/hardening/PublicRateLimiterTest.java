package com.consentmanager.web.hardening;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicRateLimiterTest {

    private final MovableClock clock = new MovableClock();

    @Test
    void aClientMaySendItsBurstAtOnceThenIsToldWhenToComeBack() {
        PublicRateLimiter limiter = new PublicRateLimiter(3, 60, 100, clock);

        assertThat(limiter.acquire("203.0.113.1")).isZero();
        assertThat(limiter.acquire("203.0.113.1")).isZero();
        assertThat(limiter.acquire("203.0.113.1")).isZero();
        assertThat(limiter.acquire("203.0.113.1")).as("one token a second at 60 a minute").isEqualTo(1);
    }

    @Test
    void tokensComeBackAtTheRatePerMinuteAndNeverBeyondTheBurst() {
        PublicRateLimiter limiter = new PublicRateLimiter(2, 6, 100, clock);
        limiter.acquire("a");
        limiter.acquire("a");
        assertThat(limiter.acquire("a")).as("6 a minute: one token every 10 s").isEqualTo(10);

        clock.advance(Duration.ofSeconds(9));
        assertThat(limiter.acquire("a")).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.acquire("a")).isZero();

        clock.advance(Duration.ofHours(1));
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).as("an idle hour refills the burst, not more").isPositive();
    }

    @Test
    void refusedRequestsDoNotDelayTheClientFurther() {
        PublicRateLimiter limiter = new PublicRateLimiter(1, 60, 100, clock);
        limiter.acquire("a");
        for (int i = 0; i < 50; i++) {
            assertThat(limiter.acquire("a")).isEqualTo(1);
        }

        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.acquire("a")).isZero();
    }

    @Test
    void oneClientOverItsLimitDoesNotSlowAnother() {
        PublicRateLimiter limiter = new PublicRateLimiter(2, 60, 100, clock);
        limiter.acquire("attacker");
        limiter.acquire("attacker");

        assertThat(limiter.acquire("attacker")).isPositive();
        assertThat(limiter.acquire("neighbour")).isZero();
    }

    @Test
    void theNumberOfRememberedClientsStaysBoundedForgettingTheLeastRecentlySeen() {
        PublicRateLimiter limiter = new PublicRateLimiter(1, 60, 3, clock);
        limiter.acquire("old");
        limiter.acquire("b");
        limiter.acquire("c");
        assertThat(limiter.acquire("b")).as("b is now the most recently seen").isPositive();

        for (int i = 0; i < 10_000; i++) {
            limiter.acquire("198.51.100." + i);
        }

        assertThat(limiter.clients()).isEqualTo(3);
        assertThat(limiter.acquire("old")).as("forgotten, so it starts with a full bucket").isZero();
    }

    @Test
    void aClockGoingBackwardsAddsNoToken() {
        PublicRateLimiter limiter = new PublicRateLimiter(1, 60, 100, clock);
        limiter.acquire("a");

        clock.advance(Duration.ofMinutes(-5));

        assertThat(limiter.acquire("a")).isPositive();
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new PublicRateLimiter(0, 60, 100, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicRateLimiter(1, 0, 100, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicRateLimiter(1, 60, 0, clock)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A clock that moves only when the test says so. */
    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2025-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
