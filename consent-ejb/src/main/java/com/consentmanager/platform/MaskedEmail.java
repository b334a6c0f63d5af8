package com.consentmanager.platform;

/**
 * An address shown to whoever holds a link, masked so that a forwarded link does not disclose it:
 * the first character of the local part, three stars, the domain ({@code a***@example.org}).
 */
public final class MaskedEmail {

    private MaskedEmail() {
    }

    public static String of(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
