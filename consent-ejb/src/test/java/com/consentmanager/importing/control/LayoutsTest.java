package com.consentmanager.importing.control;

import com.consentmanager.purpose.entity.PurposeKind;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutsTest {

    static final PurposeRef NEWSLETTER = new PurposeRef(1, "newsletter", PurposeKind.CONSENT, 2, channels("email", 10L, "sms", 11L));
    static final PurposeRef BEAUTY = new PurposeRef(2, "conseils_beaute", PurposeKind.CONSENT, 1, channels("email", 10L));
    static final PurposeRef ORDER = new PurposeRef(3, "commande", PurposeKind.LEGAL_BASIS, 1, channels("email", 10L));

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

    private static Map<String, Long> channels(Object... pairs) {
        Map<String, Long> channels = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            channels.put((String) pairs[i], (Long) pairs[i + 1]);
        }
        return channels;
    }
}
