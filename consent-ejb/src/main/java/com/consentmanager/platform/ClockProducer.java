package com.consentmanager.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one clock of the application, so that tests and timers can reason about time. The test domain
 * (and only it: {@code consent.clock.shiftable=true}) lets in-container tests move it forward, so
 * that expiry is tested without waiting days; everywhere else {@link #shift} is refused.
 */
@ApplicationScoped
public class ClockProducer {

    private final ShiftedClock clock = new ShiftedClock();

    @Inject
    @ConfigProperty(name = "consent.clock.shiftable", defaultValue = "false")
    boolean shiftable;

    @Produces
    Clock clock() {
        return clock;
    }

    /** Moves the application's time by {@code offset} from the system time (zero puts it back). Test domain only. */
    public void shift(Duration offset) {
        if (!shiftable) {
            throw new IllegalStateException("The clock can be shifted only on the test domain (consent.clock.shiftable)");
        }
        clock.offset = offset;
    }

    /** The system clock (UTC) plus an offset that is zero outside tests. */
    static final class ShiftedClock extends Clock {

        private volatile Duration offset = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
