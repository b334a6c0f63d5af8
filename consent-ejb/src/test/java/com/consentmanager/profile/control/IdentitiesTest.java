package com.consentmanager.profile.control;

import com.consentmanager.platform.FieldViolation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IdentitiesTest {

    @Test
    void emailsAreTrimmedAndLowerCased() {
        assertThat(Identities.email("  Marie.Dupont@Example.COM ")).isEqualTo("marie.dupont@example.com");
        assertThat(Identities.email("  ")).isNull();
    }

    @Test
    void badIdentitiesAreNamed() {
        List<FieldViolation> violations = new ArrayList<>();
        Identities.checkEmail("email", "not-an-email", violations);
        Identities.checkExternalId("externalId", "x".repeat(251), violations);
        assertThat(violations).extracting(FieldViolation::messageKey)
                .containsExactly("profile.email.invalid", "profile.external_id.too_long");
    }
}
