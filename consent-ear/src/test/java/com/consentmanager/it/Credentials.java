package com.consentmanager.it;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The console administrator that the test domain creates at its first start. */
public final class Credentials {

    public static final String ADMIN_USER = "admin";

    private Credentials() {
    }

    /** Set by the build (failsafe), which also gives it to the server as CONSENT_ADMIN_PASSWORD. */
    public static String adminPassword() {
        String password = System.getProperty("consent.admin.password");
        if (password == null) {
            throw new IllegalStateException("consent.admin.password is not set: run the tests with mvn verify");
        }
        return password;
    }

    public static String basicAdmin() {
        return basic(ADMIN_USER, adminPassword());
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
