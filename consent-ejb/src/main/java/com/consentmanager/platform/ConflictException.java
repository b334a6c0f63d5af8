package com.consentmanager.platform;

import java.util.List;

/**
 * The request is well formed but the current state forbids it: a duplicate key, deleting a
 * built-in channel, a concurrent change. When one field is to blame it is named.
 */
public class ConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, List.of(), arguments);
    }

    public ConflictException(FieldViolation violation) {
        super(violation.messageKey(), List.of(violation), violation.arguments());
    }
}
