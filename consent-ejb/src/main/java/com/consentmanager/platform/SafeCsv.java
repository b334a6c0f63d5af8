package com.consentmanager.platform;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every CSV file the product writes (statuses and evidence exports, audit export, import error
 * report, audience), RFC 4180, through one cell rule against CSV injection (OWASP): a text cell
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written
 * with a leading {@code '}, so that a spreadsheet shows it instead of running it as a formula (an
 * external id {@code =HYPERLINK(...)} typed into a form must not become a link in a marketer's Excel).
 * Left alone: numbers the product writes ({@link Number} values: ids, counts, versions) and text that
 * is wholly a signed number ({@code -2}, a phone in E.164 {@code +33612345678}), which no spreadsheet
 * runs. A cell already made of quotes before such a character gets one more, so that
 * {@link #restore} (what the import reads cells through) gives back exactly what was exported:
 * importing an export changes nothing.
 * <p>
 * Not closed: closing would close the caller's writer (often the HTTP response); {@link #flush} it.
 */
public final class SafeCsv {

    private final CSVPrinter printer;

    private SafeCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** A writer onto {@code out} that has already written the header line. */
    public static SafeCsv open(Appendable out, List<String> headers) {
        try {
            SafeCsv csv = new SafeCsv(CSVFormat.RFC4180.print(out));
            csv.row(headers);
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SafeCsv open(Appendable out, String... headers) {
        return open(out, List.of(headers));
    }

    /** One line; a null value is an empty cell. */
    public void row(Object... values) {
        row(Arrays.asList(values));
    }

    public void row(List<?> values) {
        List<Object> cells = new ArrayList<>(values.size());
        for (Object value : values) {
            cells.add(cell(value));
        }
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is written for a value: numbers as they are, any other value as its text, made safe. */
    static Object cell(Object value) {
        return value == null || value instanceof Number ? value : safe(value.toString());
    }

    /** The text with a leading {@code '} when a spreadsheet would read it as a formula. */
    public static String safe(String text) {
        int quotes = leadingQuotes(text);
        if (quotes == text.length() || !formulaStart(text.charAt(quotes))) {
            return text;
        }
        return quotes == 0 && signedNumber(text) ? text : "'" + text;
    }

    /** The inverse of {@link #safe}: a cell it wrote, as it was; any other cell as it is. */
    public static String restore(String cell) {
        if (cell == null) {
            return null;
        }
        int quotes = leadingQuotes(cell);
        return quotes > 0 && quotes < cell.length() && formulaStart(cell.charAt(quotes)) ? cell.substring(1) : cell;
    }

    private static int leadingQuotes(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i;
    }

    private static boolean formulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** An optional sign, digits, and an optional decimal part (point or comma). */
    private static boolean signedNumber(String text) {
        int i = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        boolean separator = false;
        int afterSeparator = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (separator) {
                    afterSeparator++;
                } else {
                    digits++;
                }
            } else if ((c == '.' || c == ',') && !separator) {
                separator = true;
            } else {
                return false;
            }
        }
        return digits > 0 && (!separator || afterSeparator > 0);
    }
}
