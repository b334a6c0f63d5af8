package com.consentmanager.importing.control;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FileFormatTest {

    private static final String FRENCH = "Email;Conseils beauté;Conseils beauté date\r\n"
            + "zoé@example.org;oui;03/04/2024\r\n"
            + "\"a;b\"\"c@example.org\";non;\r\n";

    @Test
    void frenchExcelWindows1252WithSemicolonsIsDetected() throws IOException {
        byte[] bytes = FRENCH.getBytes(FileFormat.WINDOWS_1252);
        FileFormat format = FileFormat.detect(bytes, bytes.length);
        assertThat(format.charset()).isEqualTo(FileFormat.WINDOWS_1252);
        assertThat(format.delimiter()).isEqualTo(';');
        assertThat(format.bomLength()).isZero();
        assertThat(records(bytes)).containsExactly(
                List.of("Email", "Conseils beauté", "Conseils beauté date"),
                List.of("zoé@example.org", "oui", "03/04/2024"),
                List.of("a;b\"c@example.org", "non", ""));
    }

    @Test
    void utf8WithAndWithoutBomIsDetected() throws IOException {
        byte[] plain = FRENCH.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertThat(FileFormat.detect(plain, plain.length).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(FileFormat.detect(bom, bom.length).bomLength()).isEqualTo(3);
        assertThat(records(bom).get(0).get(0)).isEqualTo("Email");
        assertThat(records(bom).get(1).get(0)).isEqualTo("zoé@example.org");
        assertThat(records(plain)).isEqualTo(records(bom));
    }

    @Test
    void commaWinsWhenTheHeaderHasMoreCommasOutsideQuotes() {
        assertThat(FileFormat.delimiter("email,\"a;b;c\",newsletter\n;;;;;")).isEqualTo(',');
        assertThat(FileFormat.delimiter("email;newsletter;\"x,y,z\"")).isEqualTo(';');
    }

    @Test
    void aMultiByteCharacterCutByTheSampleEndIsStillUtf8() {
        byte[] bytes = "abcé".getBytes(StandardCharsets.UTF_8);
        assertThat(FileFormat.isUtf8(bytes, 0, bytes.length - 1, true)).isTrue();
        assertThat(FileFormat.isUtf8(bytes, 0, bytes.length - 1, false)).isFalse();
    }

    static List<List<String>> records(byte[] bytes) throws IOException {
        try (CSVParser parser = CsvFiles.open(new ByteArrayInputStream(bytes))) {
            return parser.stream().map(CSVRecord::toList).filter(fields -> !CsvFiles.blank(fields)).toList();
        }
    }
}
