package com.consentmanager.platform;

import com.consentmanager.platform.Sha256;
import java.security.SecureRandom;
import java.util.Base64;

/** Confirmation tokens: 256 random bits, URL-safe; only their SHA-256 is ever stored. */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }

    /** Whether the text can be a token at all (43 URL-safe characters): others are refused without a lookup. */
    public static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
