package com.consentmanager.platform;

import java.util.Locale;

/**
 * Search text typed by a person, as a SQL {@code LIKE} pattern that finds it anywhere: what they
 * typed is text, not a pattern, so {@code %} and {@code _} match themselves (escape: {@value #ESCAPE}).
 */
public final class LikePattern {

    public static final char ESCAPE = '\\';

    private LikePattern() {
    }

    /** Lower-cased {@code %text%}, for comparing with {@code lower(column)}. */
    public static String containing(String text) {
        return "%" + escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
