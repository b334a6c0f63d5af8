package com.consentmanager.api;

import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;

/**
 * A boundary names a person's reference by its own path ({@code profiles[0].email}, {@code
 * profile.phone}); a route that took that person from query parameters names the parameter the
 * caller sent ({@code email}, {@code phone}, {@code externalId}) instead.
 */
public final class QueryFields {

    private QueryFields() {
    }

    /** The refusal with every field under {@code prefix} (e.g. {@code "profile."}) renamed to what follows it. */
    public static InvalidInputException renamed(InvalidInputException refused, String prefix) {
        return new InvalidInputException(refused.getViolations().stream()
                .map(violation -> violation.field().startsWith(prefix)
                        ? new FieldViolation(violation.field().substring(prefix.length()), violation.messageKey(), violation.arguments())
                        : violation)
                .toList());
    }
}
