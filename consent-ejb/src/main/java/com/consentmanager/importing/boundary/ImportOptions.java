package com.consentmanager.importing.boundary;

import com.consentmanager.importing.control.DateOrder;

import java.io.Serializable;
import java.util.Map;

/**
 * How to run an import: a dry run only, or for real; "empty fields delete data" (blank cells reset
 * statuses to UNKNOWN); all or nothing (any line error and nothing is written); how to read
 * slashed dates and in which time zone; and the mapping of headers to the column convention
 * (header → {@code newsletter}, {@code newsletter.email_date}..., or empty to ignore).
 */
public record ImportOptions(boolean dryRun, boolean emptyDeletes, boolean allOrNothing, DateOrder dateOrder,
                            String timeZone, Map<String, String> mapping) implements Serializable {

    public static final String DEFAULT_ZONE = "Europe/Paris";

    public ImportOptions {
        dateOrder = dateOrder == null ? DateOrder.DAY_FIRST : dateOrder;
        timeZone = timeZone == null || timeZone.isBlank() ? DEFAULT_ZONE : timeZone;
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
    }
}
