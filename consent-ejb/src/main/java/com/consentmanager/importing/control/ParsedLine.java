package com.consentmanager.importing.control;

import com.consentmanager.profile.entity.ConsentState;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One line of a file, read: its key (the external id when present, else the email), a cell per
 * status it speaks of, and its errors (then it imports nothing).
 */
public record ParsedLine(long line, String externalId, String email, List<Cell> cells, List<LineProblem> errors)
        implements Serializable {

    /**
     * What a line says of one status.
     *
     * @param requested the state asked for; null when the cell is blank
     * @param time      when it happened according to the file; null when the file does not say
     * @param doubleOptInConfirmed when the file says double opt-in was already confirmed; else null
     * @param column    the header of the value's column, as the file has it (for the error report)
     * @param raw       the value as the file has it (for the error report)
     */
    public record Cell(Layout.Target target, ConsentState requested, Instant time, Instant doubleOptInConfirmed,
                       String column, String raw)
            implements Serializable {
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The key the profile is found by: "x:" + external id, or "e:" + email. */
    public String key() {
        return externalId != null ? "x:" + externalId : "e:" + email;
    }
}
