package com.consentmanager.it;

import jakarta.json.JsonObject;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Double opt-in fixtures through the REST API: purposes with double opt-in (as admin), submissions (as a shop's API key). */
final class OptIns {

    private final Api api;
    private final String writer;

    OptIns(Api api) throws SQLException {
        this.api = api;
        this.writer = "Bearer " + TestDatabase.addApiKey("shop " + unique(), "profiles:write gate:read");
    }

    /** The key of a new consent on email and SMS with double opt-in, with this French subject. */
    String purpose(String subject) {
        String key = "dopt_" + unique();
        Api.Reply created = api.asAdmin("POST", "api/v1/purposes", """
                {"kind":"CONSENT","key":"%s","texts":{"fr":{"subject":"%s","wording":"Oui"},"en":{"subject":"%s (en)","wording":"Yes"}},
                 "channels":["email","sms"],"doubleOptIn":true}""".formatted(key, subject, subject));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return key;
    }

    /** The person accepts these purposes on email, as a shop's form would send it. */
    JsonObject submit(String email, String language, String... purposes) {
        String choices = String.join(",", Arrays.stream(purposes)
                .map(purpose -> "{\"purpose\":\"" + purpose + "\",\"channel\":\"email\",\"state\":\"ACCEPTED\"}").toList());
        Api.Reply reply = api.call("POST", "api/v1/submissions",
                "{\"email\":\"" + email + "\",\"language\":\"" + language + "\",\"choices\":[" + choices + "]}",
                "Authorization", writer);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    /** The authorization header of the shop's key (profiles:write, gate:read). */
    String writer() {
        return writer;
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
