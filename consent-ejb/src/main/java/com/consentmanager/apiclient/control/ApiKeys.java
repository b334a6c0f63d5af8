package com.consentmanager.apiclient.control;

import com.consentmanager.platform.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys: {@code cm_<prefix>_<secret>}, the secret being 256 random bits. The prefix names the key
 * in lists; only the SHA-256 of the whole key is stored (a key that random needs no slow hash).
 */
public final class ApiKeys {

    private static final Pattern FORMAT = Pattern.compile("cm_([a-z0-9]{8})_([A-Za-z0-9_-]{43})");
    private static final String PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    public record Key(String prefix, String token) {
    }

    public static Key generate() {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            prefix.append(PREFIX_ALPHABET.charAt(RANDOM.nextInt(PREFIX_ALPHABET.length())));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "cm_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Key(prefix.toString(), token);
    }

    /** The prefix of a well-formed key; empty for anything else. */
    public static Optional<String> prefixOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(token);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }

    /** Compares hashes in constant time. */
    public static boolean matches(String token, String storedHash) {
        return hashMatches(hash(token), storedHash);
    }

    /** Compares the hash of a presented key with the stored one in constant time. */
    public static boolean hashMatches(String presentedHash, String storedHash) {
        return MessageDigest.isEqual(presentedHash.getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
