package com.consentmanager.importing.control;

import com.consentmanager.platform.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A header mapping as given and stored: one "header=target" per line (an empty target ignores the
 * column; blank lines are skipped). A line without a header and an equals sign is refused, naming it.
 */
public final class Mappings {

    private Mappings() {
    }

    public static Map<String, String> parse(String text) {
        Map<String, String> mapping = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                int equals = line.lastIndexOf('=');
                if (equals <= 0 || line.substring(0, equals).isBlank()) {
                    throw InvalidInputException.of("mapping", "import.options.mapping_line", line.strip());
                }
                String header = line.substring(0, equals);
                if (mapping.put(header, line.substring(equals + 1)) != null) {
                    throw InvalidInputException.of("mapping", "import.mapping.header_twice", header.strip());
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
