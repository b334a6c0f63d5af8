package com.consentmanager.api.importing;

import com.consentmanager.importing.boundary.ImportJobView;

import java.time.Instant;

/** An import as the API shows it: state, phase, counts and progress (lines done of total, rows/s, seconds left). */
public record ImportRepresentation(long id, String state, String phase, boolean dryRun, boolean emptyDeletes,
                                   boolean allOrNothing, String fileName, String fileSha256, long fileSize,
                                   String createdBy, Instant createdAt, Instant finishedAt, Long rowsTotal, long rowsDone,
                                   double rowsPerSecond, Long secondsLeft, ImportJobView.Counts counts) {

    static ImportRepresentation of(ImportJobView job, Instant now) {
        return new ImportRepresentation(job.id(), job.state(), job.phase(), job.dryRun(), job.emptyDeletes(),
                job.allOrNothing(), job.fileName(), job.fileSha256(), job.fileSize(), job.createdBy(), job.createdAt(),
                job.finishedAt(), job.rowsTotal(), job.rowsDone(), Math.round(job.rowsPerSecond(now) * 10) / 10.0,
                job.secondsLeft(now), job.counts());
    }
}
