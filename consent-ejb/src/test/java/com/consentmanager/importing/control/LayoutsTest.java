package com.consentmanager.importing.control;

import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.purpose.entity.PurposeKind;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LayoutsTest {

    static final PurposeRef NEWSLETTER = new PurposeRef(1, "newsletter", PurposeKind.CONSENT, 2, false, channels("email", 10L, "sms", 11L));
    static final PurposeRef BEAUTY = new PurposeRef(2, "conseils_beaute", PurposeKind.CONSENT, 1, true, channels("email", 10L));
    static final PurposeRef ORDER = new PurposeRef(3, "commande", PurposeKind.LEGAL_BASIS, 1, false, channels("email", 10L));

    static Map<String, PurposeRef> catalogue() {
        Map<String, PurposeRef> purposes = new LinkedHashMap<>();
        for (PurposeRef purpose : List.of(NEWSLETTER, BEAUTY, ORDER)) {
            purposes.put(purpose.key(), purpose);
        }
        return purposes;
    }

    @Test
    void headersMatchIgnoringCaseAccentsAndSpaces() {
        Layout layout = Layouts.resolve(List.of("E-mail", "Conseils Beauté", "CONSEILS BEAUTÉ date", "Prénom"), catalogue(), Map.of());
        assertThat(layout.usable()).isTrue();
        assertThat(layout.emailColumn()).isZero();
        assertThat(layout.externalIdColumn()).isEqualTo(-1);
        assertThat(layout.targets()).containsExactly(new Layout.Target(BEAUTY, "email", 10L, 1, 2, -1));
        assertThat(layout.unmatched()).containsExactly("Prénom");
    }

    @Test
    void aPurposeColumnAppliesToEveryChannelUnlessAChannelHasItsOwn() {
        Layout layout = Layouts.resolve(List.of("external_id", "newsletter", "newsletter_date", "newsletter.sms", "newsletter.sms_date",
                "newsletter_double_opt_in"), catalogue(), Map.of());
        assertThat(layout.externalIdColumn()).isZero();
        assertThat(layout.targets()).containsExactly(
                new Layout.Target(NEWSLETTER, "email", 10L, 1, 2, 5),
                new Layout.Target(NEWSLETTER, "sms", 11L, 3, 4, 5));
    }

    @Test
    void aChannelColumnWithoutItsOwnDateTakesThePurposeDate() {
        Layout layout = Layouts.resolve(List.of("email", "newsletter.sms", "newsletter_date"), catalogue(), Map.of());
        assertThat(layout.targets()).containsExactly(new Layout.Target(NEWSLETTER, "sms", 11L, 1, 2, -1));
    }

    @Test
    void aMappingNamesColumnsAndIgnoresOthers() {
        Layout layout = Layouts.resolve(List.of("Adresse", "Opt-in NL", "Date NL", "Nom"), catalogue(),
                Map.of("adresse", "email", "Opt-in NL", "newsletter.email", "date nl", "newsletter.email_date", "Nom", ""));
        assertThat(layout.usable()).isTrue();
        assertThat(layout.targets()).containsExactly(new Layout.Target(NEWSLETTER, "email", 10L, 1, 2, -1));
        assertThat(layout.unmatched()).isEmpty();
    }

    @Test
    void problemsMakeALayoutUnusable() {
        assertThat(Layouts.resolve(List.of("nom", "newsletter"), catalogue(), Map.of()).problems())
                .containsExactly("import.layout.key_missing");
        assertThat(Layouts.resolve(List.of("email", "nom"), catalogue(), Map.of()).problems())
                .containsExactly("import.layout.no_purpose");
        assertThat(Layouts.resolve(List.of("email", "newsletter", "Newsletter"), catalogue(), Map.of()).problems())
                .containsExactly("import.layout.duplicate_column|Newsletter");
        assertThat(Layouts.resolve(List.of("email", "newsletter.fax"), catalogue(), Map.of()).problems())
                .containsExactly("import.layout.channel_unknown|newsletter.fax");
    }

    @Test
    void aMappingNamingAMissingHeaderOrAnUnknownTargetIsAProblem() {
        List<String> headers = List.of("Adresse", "Opt-in NL", "Nom");
        assertThat(Layouts.mappingProblems(headers, catalogue(),
                Map.of("adresse", "email", "Opt-in NL", "newsletter.email", "Nom", "")))
                .isEmpty();
        assertThat(Layouts.mappingProblems(headers, catalogue(), Map.of("Prénom", "newsletter")))
                .containsExactly("import.mapping.header_unknown|Prénom");
        assertThat(Layouts.mappingProblems(headers, catalogue(), Map.of("Opt-in NL", "newsleter")))
                .containsExactly("import.mapping.target_unknown|newsleter|Opt-in NL");
        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("Nom", "");
        twice.put("NOM", "email");
        assertThat(Layouts.mappingProblems(headers, catalogue(), twice)).containsExactly("import.mapping.header_twice|NOM");
        assertThat(Layouts.mappingProblems(headers, catalogue(), Map.of("Opt-in NL", "newsletter.fax")))
                .containsExactly("import.mapping.target_unknown|newsletter.fax|Opt-in NL");
    }

    @Test
    void aMappingIsReadLineByLineAndALineWithoutTargetIsRefused() {
        assertThat(Mappings.parse("Adresse=email\r\n\nOpt-in = NL=newsletter\nNom=\n"))
                .containsExactly(Map.entry("Adresse", "email\r"), Map.entry("Opt-in = NL", "newsletter"), Map.entry("Nom", ""));
        assertThat(Mappings.parse(Mappings.format(Map.of("Nom", "")))).containsExactly(Map.entry("Nom", ""));
        assertThatThrownBy(() -> Mappings.parse("Adresse=email\nOpt-in NL newsletter"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getViolations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("mapping", "import.options.mapping_line")));
        assertThatThrownBy(() -> Mappings.parse("=newsletter"))
                .isInstanceOf(InvalidInputException.class);
    }

    private static Map<String, Long> channels(Object... pairs) {
        Map<String, Long> channels = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            channels.put((String) pairs[i], (Long) pairs[i + 1]);
        }
        return channels;
    }
}
