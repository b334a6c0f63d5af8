package com.consentmanager.api;

import com.consentmanager.platform.InvalidInputException;

/**
 * The API's whole-number query parameters ({@code offset}, {@code limit}), read in one place: digits
 * only, within an int; absent or empty means the default. Anything else ({@code abc}, {@code 1.5},
 * {@code 99999999999}) is a 400 problem naming the parameter (JAX-RS would answer a query parameter
 * it cannot convert with a 404, as if the resource did not exist).
 */
public final class Numbers {

    private Numbers() {
    }

    public static int of(String name, String value, int absent) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        if (!value.matches("-?\\d{1,10}")) {
            throw InvalidInputException.of(name, "type.integer", Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        long number = Long.parseLong(value);
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            throw InvalidInputException.of(name, "type.integer", Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        return (int) number;
    }
}
