package com.consentmanager.platform;

/**
 * An email address as it may be shown back to anyone holding a link or a receipt: the first
 * character of the local part, {@code ***}, then the domain ({@code alice@example.org} →
 * {@code a***@example.org}). A one-character local part shows none of it ({@code ***@example.org}),
 * since showing it would show it whole.
 */
public final class Masking {

    private static final String HIDDEN = "***";

    private Masking() {
    }

    /** The masked address; null for null or for text that is not {@code local@domain}. */
    public static String email(String address) {
        if (address == null) {
            return null;
        }
        String trimmed = address.strip();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at == trimmed.length() - 1) {
            return null;
        }
        String local = trimmed.substring(0, at);
        int first = local.codePointAt(0);
        boolean showFirst = Character.charCount(first) < local.length() && first != '*' && !Character.isWhitespace(first);
        return (showFirst ? Character.toString(first) : "") + HIDDEN + trimmed.substring(at);
    }
}
