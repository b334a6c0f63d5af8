package com.consentmanager.importing.control;

import java.time.ZoneId;
import java.util.Map;

/** What the batch job needs of an import's row: options, the file's SHA-256, who asked, and the phase. */
public record ImportSettings(long jobId, boolean dryRun, boolean emptyDeletes, boolean allOrNothing, DateOrder dateOrder,
                             ZoneId zone, Map<String, String> mapping, String sha256, String actor, String phase,
                             long rowsDone, long errors) {
}
