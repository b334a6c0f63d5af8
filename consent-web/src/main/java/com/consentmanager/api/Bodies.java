package com.consentmanager.api;

import com.consentmanager.platform.InvalidInputException;

/** Request bodies: a method that needs one refuses its absence with a problem, not a NullPointerException. */
public final class Bodies {

    private Bodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "error.body_required");
        }
        return body;
    }
}
