package com.consentmanager.importing.boundary;

import com.consentmanager.importing.control.DateOrder;
import com.consentmanager.platform.TimeZoneSetting;

import java.io.Serializable;
import java.util.Map;

/**
 * How to run an import: a dry run only, or for real; "empty fields delete data" (blank cells reset
 * statuses to UNKNOWN); all or nothing (any line error and nothing is written); how to read
 * slashed dates and in which time zone (none: the company's, {@link TimeZoneSetting}, given by
 * {@link ImportManager#submit}); and the mapping of headers to the column convention
 * (header → {@code newsletter}, {@code newsletter.email_date}..., or empty to ignore).
 */
public record ImportOptions(boolean dryRun, boolean emptyDeletes, boolean allOrNothing, DateOrder dateOrder,
                            String timeZone, Map<String, String> mapping) implements Serializable {

    public ImportOptions {
        dateOrder = dateOrder == null ? DateOrder.DAY_FIRST : dateOrder;
        timeZone = timeZone == null || timeZone.isBlank() ? null : timeZone.strip();
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
    }

    /** The same options, in {@code zone} when they name none. */
    ImportOptions inZoneByDefault(String zone) {
        return timeZone != null ? this : new ImportOptions(dryRun, emptyDeletes, allOrNothing, dateOrder, zone, mapping);
    }
}
