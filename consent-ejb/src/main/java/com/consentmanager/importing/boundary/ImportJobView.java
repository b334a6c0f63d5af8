package com.consentmanager.importing.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where an import stands: state (QUEUED, RUNNING, VALIDATED after a dry run, REJECTED when all or
 * nothing met errors, COMPLETED, FAILED), phase (VALIDATE counts what would change, APPLY what
 * changed), progress (lines done of total, rows per second since the phase started) and counts.
 */
public record ImportJobView(long id, String state, String phase, boolean dryRun, boolean emptyDeletes, boolean allOrNothing,
                            String fileName, String fileSha256, long fileSize, String createdBy, Instant createdAt,
                            Instant phaseStartedAt, Instant finishedAt, Long rowsTotal, long rowsDone, Counts counts,
                            String failure) implements Serializable {

    public record Counts(long newProfiles, long accepted, long refused, long unknown, long unchanged, long skipped,
                         long errors) implements Serializable {
    }

    /** Lines per second in the current phase; 0 before the first chunk. */
    public double rowsPerSecond(Instant now) {
        if (phaseStartedAt == null || rowsDone == 0) {
            return 0;
        }
        Instant end = finishedAt != null ? finishedAt : now;
        double seconds = Math.max(0.001, (end.toEpochMilli() - phaseStartedAt.toEpochMilli()) / 1000.0);
        return rowsDone / seconds;
    }

    /** Seconds left at the current rate; null when unknown. */
    public Long secondsLeft(Instant now) {
        double rate = rowsPerSecond(now);
        return rowsTotal == null || rate == 0 || finishedAt != null ? null : (long) Math.ceil((rowsTotal - rowsDone) / rate);
    }
}
