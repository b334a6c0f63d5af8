package com.consentmanager.platform;

import java.util.List;

/** Input that breaks a rule of the domain (format, length, required value). Nothing was written. */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(List<FieldViolation> violations) {
        super("error.invalid_input", violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("An invalid input names at least one field");
        }
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(new FieldViolation(field, messageKey, arguments)));
    }
}
