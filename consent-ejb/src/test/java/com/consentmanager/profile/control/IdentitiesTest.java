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

    @Test
    void oneRuleForAnAddressRefusesMarkupListsAndHalfAddresses() {
        for (String bad : List.of("<script>alert(1)</script>@example.org", "a@b", "a b@example.org", "\"a\"@example.org",
                "a@example.org, b@example.org", "a@-example.org", "a@example..org", ".a@example.org", "a@example.org>", "5",
                "x".repeat(250) + "@example.org")) {
            List<FieldViolation> violations = new ArrayList<>();
            Identities.checkEmail("email", bad, violations);
            assertThat(violations).as(bad).extracting(FieldViolation::messageKey).containsExactly("profile.email.invalid");
        }
        for (String good : List.of("marie.dupont@example.com", "o'neil+news@sub.example.co.uk", "jose@exemple.fr", "élodie@exemple.fr",
                "a_b-c@x-y.example")) {
            List<FieldViolation> violations = new ArrayList<>();
            Identities.checkEmail("email", good, violations);
            assertThat(violations).as(good).isEmpty();
        }
    }
}
