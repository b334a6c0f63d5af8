package com.consentmanager.expiry.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One run of the sweep as the console lists it. */
public record SweepRunView(long id, SweepTrigger trigger, String actor, Instant startedAt, Instant asOf, Instant finishedAt,
                           Outcome outcome, SweepCounts counts, Long durationMs, String error) implements Serializable {

    /** DONE; SKIPPED when another server was sweeping; FAILED with its error; RUNNING meanwhile. */
    public enum Outcome { RUNNING, DONE, SKIPPED, FAILED }

    public SweepTrigger getTrigger() {
        return trigger;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public SweepCounts getCounts() {
        return counts;
    }

    public Long getDurationMs() {
        return durationMs;
    }

    public String getActor() {
        return actor;
    }
}
