package com.consentmanager.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The test database, reached from the test JVM (as server-config/bin/common.sh set it up), to seed
 * callers for black-box tests: console users with a real PBKDF2 hash in Jakarta Security's format,
 * and API keys stored as the product stores them (SHA-256).
 */
final class TestDatabase {

    private TestDatabase() {
    }

    static Connection connect() throws SQLException {
        String url = System.getenv("CONSENT_DB_URL");
        if (url != null && !url.isBlank()) {
            return DriverManager.getConnection(url, System.getenv("CONSENT_DB_USER"), System.getenv("CONSENT_DB_PASSWORD"));
        }
        try {
            String password = Files.readString(Path.of(System.getProperty("consent.it.dir"), "db-password")).strip();
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty("it.db.port", "15432")
                    + "/consent", "consent", password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first column of the query's first row as a number (a count, an id), 0 when there is no row. */
    static long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    static void addUser(String username, String role, String password) throws SQLException {
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(
                "insert into console_user (username, password_hash, role, enabled, created_at, updated_at) values (?, ?, ?, true, now(), now())")) {
            insert.setString(1, username);
            insert.setString(2, pbkdf2(password));
            insert.setString(3, role);
            insert.executeUpdate();
        }
    }

    /** Adds an API client with these scopes and returns its key. */
    static String addApiKey(String name, String scopes) throws SQLException {
        String prefix = java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String token = "cm_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(
                "insert into api_client (name, key_prefix, key_hash, scopes, created_by, created_at) values (?, ?, ?, ?, 'test', now())")) {
            insert.setString(1, name);
            insert.setString(2, prefix);
            insert.setString(3, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))));
            insert.setString(4, scopes);
            insert.executeUpdate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return token;
    }

    /** Jakarta Security's Pbkdf2PasswordHash format: algorithm:iterations:salt:hash (Base64). */
    private static String pbkdf2(String password) {
        try {
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            int iterations = 10_000;
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 512)).getEncoded();
            return "PBKDF2WithHmacSHA512:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
