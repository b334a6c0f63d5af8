package com.consentmanager.user.control;

import com.consentmanager.platform.FieldViolation;
import com.consentmanager.user.entity.ConsoleUser;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of usernames: trimmed, 3 to 64 characters, ASCII letters, digits and {@code . _ - @}.
 * ASCII only on purpose: look-alike letters from other scripts would let two accounts read the
 * same in the audit trail. Uniqueness ignores case; the boundary checks it against the table.
 */
public final class Usernames {

    public static final int MIN_LENGTH = 3;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._@-]+");

    private Usernames() {
    }

    public static String normalise(String username) {
        return username == null ? "" : username.strip();
    }

    /** Why the (normalised) username is refused, if it is. */
    public static Optional<FieldViolation> check(String field, String username) {
        if (username == null || username.isEmpty()) {
            return Optional.of(new FieldViolation(field, "user.username.required"));
        }
        if (username.length() < MIN_LENGTH || username.length() > ConsoleUser.USERNAME_MAX_LENGTH) {
            return Optional.of(new FieldViolation(field, "user.username.length", MIN_LENGTH,
                    ConsoleUser.USERNAME_MAX_LENGTH));
        }
        if (!ALLOWED.matcher(username).matches()) {
            return Optional.of(new FieldViolation(field, "user.username.characters"));
        }
        return Optional.empty();
    }
}
