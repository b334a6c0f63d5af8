package com.consentmanager.user.control;

import com.consentmanager.platform.FieldViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UsernamesTest {

    @Test
    void lettersDigitsAndDotUnderscoreDashAtAreAllowed() {
        assertThat(Usernames.check("username", "jean.dupont_2-x@acme")).isEmpty();
        assertThat(Usernames.check("username", "abc")).isEmpty();
        assertThat(Usernames.check("username", "a".repeat(64))).isEmpty();
    }

    @Test
    void usernamesAreTrimmed() {
        assertThat(Usernames.normalise("  alice \t")).isEqualTo("alice");
        assertThat(Usernames.normalise(null)).isEmpty();
    }

    @Test
    void tooShortTooLongAndEmptyUsernamesAreRefused() {
        assertThat(Usernames.check("username", "")).map(FieldViolation::messageKey).contains("user.username.required");
        assertThat(Usernames.check("username", "ab")).map(FieldViolation::messageKey).contains("user.username.length");
        assertThat(Usernames.check("username", "a".repeat(65))).map(FieldViolation::messageKey).contains("user.username.length");
    }

    @Test
    void whiteSpaceAccentsAndOtherSymbolsAreRefused() {
        for (String refused : new String[]{"jean dupont", "rené", "bob!", "a/b", "ålice", "аdmin"}) {
            assertThat(Usernames.check("username", refused)).as(refused)
                    .map(FieldViolation::messageKey).contains("user.username.characters");
        }
    }
}
