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
    void phonesBecomeE164() {
        assertThat(Identities.phone("06 12 34 56 78")).isEqualTo("+33612345678");
        assertThat(Identities.phone("0033 6.12.34.56.78")).isEqualTo("+33612345678");
        assertThat(Identities.phone("+49 (30) 1234567")).isEqualTo("+49301234567");
    }

    @Test
    void badIdentitiesAreNamed() {
        List<FieldViolation> violations = new ArrayList<>();
        Identities.checkEmail("email", "not-an-email", violations);
        Identities.checkPhone("phone", Identities.phone("12"), violations);
        Identities.checkExternalId("externalId", "x".repeat(251), violations);
        assertThat(violations).extracting(FieldViolation::messageKey)
                .containsExactly("profile.email.invalid", "profile.phone.invalid", "profile.external_id.too_long");
    }
}
