package com.consentmanager.importing.control;

import com.consentmanager.platform.SafeCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens a file as records: format detected from its first megabyte ({@link FileFormat}), quotes
 * and CRLF as RFC 4180 (and Excel) write them. Empty lines are kept so that record n is line n + 1
 * of the spreadsheet; lines whose cells are all blank (Excel's trailing ";;;") are skipped by the readers.
 * Cells lose the quote an export put before a formula character ({@link SafeCsv}): importing an
 * export changes nothing.
 */
public final class CsvFiles {

    private CsvFiles() {
    }

    /** The parser, positioned after the header line; {@link #headers} gives the header. */
    public static CSVParser open(InputStream raw) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, FileFormat.SAMPLE + 16);
            in.mark(FileFormat.SAMPLE + 8);
            byte[] sample = in.readNBytes(FileFormat.SAMPLE);
            in.reset();
            FileFormat format = FileFormat.detect(sample, sample.length);
            in.skipNBytes(format.bomLength());
            return CSVFormat.RFC4180.builder()
                    .setDelimiter(format.delimiter())
                    .setIgnoreEmptyLines(false)
                    .get()
                    .parse(new InputStreamReader(in, format.charset()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record's cells, each as {@link SafeCsv#restore} gives it back (an export's {@code '=x} is {@code =x}). */
    public static List<String> fields(CSVRecord record) {
        List<String> fields = new ArrayList<>(record.size());
        record.forEach(field -> fields.add(SafeCsv.restore(field)));
        return fields;
    }

    public static boolean blank(List<String> fields) {
        return fields.stream().allMatch(field -> field == null || field.isBlank());
    }
}
