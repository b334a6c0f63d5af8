package com.consentmanager.api;

import com.consentmanager.platform.InvalidInputException;

/**
 * The API's yes/no parameters (query parameters, parts of a multipart form), read in one place:
 * {@code true} or {@code false} only, in lower case as in JSON; absent or empty means the default.
 * Anything else ({@code maybe}, {@code yes}, {@code 1}, {@code TRUE}) is a 400 problem naming the
 * parameter, never a guess: {@code dryRun=maybe} must start neither a real import nor a dry run.
 * (JAX-RS would read a {@code boolean} parameter with {@code Boolean.valueOf}, every other text as
 * false, and a converter's refusal of a query parameter as a 404.)
 */
public final class Flags {

    private Flags() {
    }

    /** TRUE, FALSE, or null when absent or empty. */
    public static Boolean optional(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw InvalidInputException.of(name, "type.boolean");
        };
    }

    public static boolean of(String name, String value, boolean absent) {
        Boolean flag = optional(name, value);
        return flag == null ? absent : flag;
    }
}
