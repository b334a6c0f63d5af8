package com.consentmanager.platform;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SafeCsvTest {

    private static String write(Object... cells) {
        StringWriter out = new StringWriter();
        SafeCsv csv = SafeCsv.open(out, "value");
        for (Object cell : cells) {
            csv.row(cell);
        }
        csv.flush();
        return out.toString();
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsWrittenAfterAQuoteAndQuotedAsRfc4180Says() {
        assertThat(write("=HYPERLINK(\"http://evil.example/x\",\"click\")", "@SUM(1+1)", "+cmd|' /C calc'!A0", "-2+3",
                "\tx", "\rx"))
                .isEqualTo("value\r\n"
                        + "\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"click\"\")\"\r\n"
                        + "'@SUM(1+1)\r\n"
                        + "'+cmd|' /C calc'!A0\r\n"
                        + "'-2+3\r\n"
                        + "'\tx\r\n"
                        + "\"'\rx\"\r\n");
    }

    @Test
    void ordinaryTextEmailsNumbersAndE164PhonesAreUnchanged() {
        assertThat(write("Zoé Martin", "zoe-martin@example.org", "a=b", 42L, -7, "-12", "+33612345678", "3,5", null,
                "2024-03-04T05:06:07Z", "'quoted"))
                .isEqualTo("value\r\nZoé Martin\r\nzoe-martin@example.org\r\na=b\r\n42\r\n-7\r\n-12\r\n+33612345678\r\n"
                        + "\"3,5\"\r\n\r\n2024-03-04T05:06:07Z\r\n'quoted\r\n");
    }

    @Test
    void aCellReadBackAndRestoredIsWhatWasWritten() throws Exception {
        List<String> values = List.of("=1+1", "'=1+1", "''@x", "-", "'", "", "'plain", "-2", "+cmd|' /C calc'!A0", "\t");
        StringWriter out = new StringWriter();
        SafeCsv csv = SafeCsv.open(out, "value");
        values.forEach(csv::row);
        csv.flush();
        List<String> read = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(out.toString()))) {
            read.add(SafeCsv.restore(record.get(0)));
        }
        assertThat(read.subList(1, read.size())).containsExactlyElementsOf(values);
    }
}
