package com.consentmanager.purpose.control;

import com.consentmanager.platform.FieldViolation;
import com.consentmanager.purpose.entity.OptInMail;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OptInMailRulesTest {

    @Test
    void blankFieldsMeanTheDefaultsAndTheSubjectStaysOnOneLine() {
        OptInMail mail = OptInMailRules.normalise("  ", Map.of("fr", " Confirmez\r\nvite ", "en", ""),
                Map.of("fr", "  Ligne 1\r\nLigne 2  "));
        assertThat(mail.getSender()).isNull();
        assertThat(mail.subject("fr")).isEqualTo("Confirmez vite");
        assertThat(mail.subject("en")).isNull();
        assertThat(mail.intro("fr")).isEqualTo("Ligne 1\nLigne 2");
        assertThat(mail.intro("en")).isNull();
        assertThat(violations(mail)).isEmpty();
        assertThat(OptInMailRules.normalise(null, Map.of(), Map.of())).isEqualTo(OptInMail.none());
    }

    @Test
    void theSenderIsOneBareAddress() {
        assertThat(violations(sender("news@example.com"))).isEmpty();
        assertThat(violations(sender("not an address"))).containsExactly("doubleOptInMail.sender:purpose.opt_in_mail.sender.invalid");
        assertThat(violations(sender("Boss <boss@example.com>"))).as("no display name").hasSize(1);
        assertThat(violations(sender("a@example.com, b@example.com"))).as("one address").hasSize(1);
        assertThat(violations(sender("nobody"))).hasSize(1);
        assertThat(violations(sender("x".repeat(310) + "@example.com"))).hasSize(1);
    }

    @Test
    void textsAreBoundedAndFreeOfControlCharacters() {
        OptInMail mail = OptInMailRules.normalise(null, Map.of("fr", "s".repeat(OptInMail.SUBJECT_MAX_LENGTH + 1)),
                Map.of("en", "bell\u0007"));
        assertThat(violations(mail)).containsExactlyInAnyOrder(
                "doubleOptInMail.fr.subject:purpose.opt_in_mail.too_long",
                "doubleOptInMail.en.intro:text.control_characters");
    }

    @Test
    void changesAreDescribedBeforeToAfter() {
        Map<String, Object> details = new LinkedHashMap<>();
        OptInMailRules.describeChanges(OptInMail.none(),
                OptInMailRules.normalise("news@example.com", Map.of("fr", "Objet"), Map.of()), details);
        assertThat(details).containsExactly(Map.entry("doubleOptInMail.sender", "null -> news@example.com"),
                Map.entry("doubleOptInMail.fr.subject", "null -> Objet"));
    }

    private static OptInMail sender(String sender) {
        return OptInMailRules.normalise(sender, Map.of(), Map.of());
    }

    private static List<String> violations(OptInMail mail) {
        List<FieldViolation> violations = new ArrayList<>();
        OptInMailRules.check(mail, violations);
        return violations.stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }
}
