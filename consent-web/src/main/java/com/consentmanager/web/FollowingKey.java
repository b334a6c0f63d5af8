package com.consentmanager.web;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A key field that follows a name (or subject) as the admin types it, until they type a key of
 * their own: the key follows while it is blank or still the last suggestion.
 */
public final class FollowingKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String lastSuggestion;

    /** The key to show now that the name changed: a fresh suggestion, or the key as the admin typed it. */
    public String follow(String key, Supplier<String> suggestion) {
        if (key == null || key.isBlank() || key.equals(lastSuggestion)) {
            lastSuggestion = suggestion.get();
            return lastSuggestion;
        }
        return key;
    }

    /** Starts again, e.g. after the form was submitted; {@code suggestion} is what the key follows from now on. */
    public void reset(String suggestion) {
        lastSuggestion = suggestion;
    }
}
