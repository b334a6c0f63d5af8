package com.consentmanager.importing.control;

import java.util.LinkedHashMap;
import java.util.Map;

/** A header mapping as stored: one "header=target" per line (an empty target ignores the column). */
public final class Mappings {

    private Mappings() {
    }

    public static Map<String, String> parse(String text) {
        Map<String, String> mapping = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int equals = line.lastIndexOf('=');
                if (equals > 0) {
                    mapping.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        }
        return mapping;
    }

    public static String format(Map<String, String> mapping) {
        StringBuilder text = new StringBuilder();
        mapping.forEach((from, to) -> text.append(from.replace('\n', ' ')).append('=')
                .append(to == null ? "" : to.replace('\n', ' ')).append('\n'));
        return text.toString();
    }
}
