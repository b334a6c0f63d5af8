package com.consentmanager.user.control;

import com.consentmanager.platform.FieldViolation;

import java.util.Locale;
import java.util.Optional;

/**
 * What a console password must be: at least 12 characters (length matters more than character
 * classes, NIST SP 800-63B), at most 128, and not containing the username in any case. Checked on
 * the plain password, before it is hashed.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Why the password is refused for this username, if it is; the violation names {@code field}. */
    public static Optional<FieldViolation> check(String field, String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(new FieldViolation(field, "user.password.required"));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new FieldViolation(field, "user.password.too_short", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new FieldViolation(field, "user.password.too_long", MAX_LENGTH));
        }
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && password.toLowerCase(Locale.ROOT).contains(name)) {
            return Optional.of(new FieldViolation(field, "user.password.contains_username"));
        }
        return Optional.empty();
    }
}
