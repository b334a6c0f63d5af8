package com.consentmanager.platform;

import java.io.Serializable;
import java.util.Locale;

/** One refused input field: its name as the API and the console know it, and why. */
public record FieldViolation(String field, String messageKey, Object... arguments) implements Serializable {

    public String message(Locale locale) {
        return Messages.format(locale, messageKey, arguments);
    }
}
