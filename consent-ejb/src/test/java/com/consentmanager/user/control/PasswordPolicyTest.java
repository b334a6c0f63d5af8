package com.consentmanager.user.control;

import com.consentmanager.platform.FieldViolation;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void twelveCharactersWithoutTheUsernameAreEnough() {
        assertThat(PasswordPolicy.check("password", "alice", "twelve chars")).isEmpty();
        assertThat(PasswordPolicy.check("password", "alice", "x".repeat(PasswordPolicy.MAX_LENGTH))).isEmpty();
    }

    @Test
    void missingPasswordIsRequiredOnTheNamedField() {
        assertThat(PasswordPolicy.check("newPassword", "alice", null)).map(FieldViolation::field).contains("newPassword");
        assertThat(key(PasswordPolicy.check("password", "alice", ""))).contains("user.password.required");
    }

    @Test
    void elevenCharactersAreTooShortEvenCountingSurrogatePairsAsOne() {
        assertThat(key(PasswordPolicy.check("password", "alice", "eleven char"))).contains("user.password.too_short");
        // 11 emoji are 22 UTF-16 units but 11 characters
        assertThat(key(PasswordPolicy.check("password", "alice", "\uD83D\uDE00".repeat(11))))
                .contains("user.password.too_short");
        assertThat(PasswordPolicy.check("password", "alice", "\uD83D\uDE00".repeat(11)).get().arguments())
                .containsExactly(PasswordPolicy.MIN_LENGTH);
    }

    @Test
    void overlongPasswordsAreRefused() {
        assertThat(key(PasswordPolicy.check("password", "alice", "x".repeat(PasswordPolicy.MAX_LENGTH + 1))))
                .contains("user.password.too_long");
    }

    @Test
    void passwordContainingTheUsernameInAnyCaseIsRefused() {
        assertThat(key(PasswordPolicy.check("password", "Alice.Martin", "my-ALICE.MARTIN-2024")))
                .contains("user.password.contains_username");
        assertThat(key(PasswordPolicy.check("password", "  bob  ", "long enough bob pass"))).contains("user.password.contains_username");
    }

    @Test
    void withoutUsernameOnlyTheLengthCounts() {
        assertThat(PasswordPolicy.check("password", null, "twelve chars")).isEmpty();
        assertThat(PasswordPolicy.check("password", " ", "twelve chars")).isEmpty();
    }

    private static Optional<String> key(Optional<FieldViolation> violation) {
        return violation.map(FieldViolation::messageKey);
    }
}
