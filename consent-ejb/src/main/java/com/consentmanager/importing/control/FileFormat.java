package com.consentmanager.importing.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How a file is written, detected from its first bytes: UTF-8 with or without a byte-order mark, or
 * Windows-1252 (what French Excel writes as "CSV (séparateur : point-virgule)") when the bytes are
 * not valid UTF-8; comma or semicolon, whichever the header line has more of outside quotes.
 *
 * @param bomLength bytes to skip before the text starts
 */
public record FileFormat(Charset charset, int bomLength, char delimiter) {

    /** How much of a file detection reads. */
    public static final int SAMPLE = 1 << 20;

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public static FileFormat detect(byte[] sample, int length) {
        boolean bom = length >= 3 && sample[0] == UTF8_BOM[0] && sample[1] == UTF8_BOM[1] && sample[2] == UTF8_BOM[2];
        int start = bom ? 3 : 0;
        Charset charset = bom || isUtf8(sample, start, length, length == sample.length) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String head = new String(sample, start, Math.min(length - start, 64 * 1024), charset);
        return new FileFormat(charset, start, delimiter(head));
    }

    /** Strict decoding; a multi-byte character cut by the end of a partial sample is not an error. */
    static boolean isUtf8(byte[] bytes, int start, int length, boolean maybeTruncated) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int end = length;
        if (maybeTruncated) {
            // Drop an incomplete trailing sequence (at most 3 bytes).
            int back = 0;
            while (back < 3 && end - back - 1 >= start && (bytes[end - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            if (end - back - 1 >= start && (bytes[end - back - 1] & 0xC0) == 0xC0) {
                end = end - back - 1;
            }
        }
        try {
            decoder.decode(ByteBuffer.wrap(bytes, start, end - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Semicolon when the first line has more semicolons than commas outside quotes, else comma. */
    static char delimiter(String head) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
