package com.consentmanager.importing.control;

import java.io.Serializable;

/**
 * Something wrong on one line of a file: the line (as a spreadsheet numbers it, the header being
 * line 1), the column's header, the cell's value and why (a message key). A line with an error
 * imports nothing; a cell the rules refuse (a refused legal basis) is reported the same way, and
 * the rest of its line is imported.
 */
public record LineProblem(long line, String column, String value, String reason) implements Serializable {

    /** What the error report keeps of a cell: at most this many characters. */
    public static final int VALUE_MAX_LENGTH = 250;

    public LineProblem {
        value = value == null ? null : value.length() > VALUE_MAX_LENGTH ? value.substring(0, VALUE_MAX_LENGTH) : value;
    }
}
