package com.consentmanager.web.security;

import java.util.Map;

/** The PBKDF2 parameters for console passwords (OWASP 2023: 210,000 iterations of SHA-512). */
final class PasswordHashing {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    private PasswordHashing() {
    }
}
