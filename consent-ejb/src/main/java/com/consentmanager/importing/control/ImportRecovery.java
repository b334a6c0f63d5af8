package com.consentmanager.importing.control;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Resumes imports interrupted by a server that stopped or crashed: a RUNNING import whose last
 * committed chunk is older than {@link #STALLED_SECONDS} is queued again and resumes from its lines
 * done (chunks commit their statuses, evidence and lines done together, so nothing is written twice
 * or lost). Every minute, on every server; the queue's advisory lock keeps one import running.
 * Hourly, it also deletes the uploaded files whose retention ran out ({@link ImportFiles}).
 */
@Singleton
public class ImportRecovery {

    /** A chunk commits every 1,000 lines, in well under a second: two minutes without one means the job is dead. */
    static final long STALLED_SECONDS = 120;

    @Inject
    ImportQueue queue;

    @Inject
    ImportFiles files;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void resumeStalled() {
        queue.resumeStalled(BatchRuntime.getJobOperator(), STALLED_SECONDS);
    }

    /** Files of ended imports kept by the retention setting go when it runs out (hourly, on every server: idempotent). */
    @Schedule(minute = "17", hour = "*", persistent = false)
    void purgeFiles() {
        files.purge(Instant.now());
    }
}
