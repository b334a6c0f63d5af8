package com.consentmanager.purpose.control;

import com.consentmanager.platform.FieldViolation;
import com.consentmanager.purpose.entity.PurposeText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class PurposeTextsTest {

    @Test
    void canonicalTextListsLanguagesAlphabeticallyWithSeparatorsAndEmptyOptionalFields() {
        Map<String, PurposeText> texts = Map.of(
                "fr", new PurposeText("Conseils beauté", "J'accepte.", "https://example.com/info.pdf", null),
                "en", new PurposeText("Beauty tips", "I agree.", null, "More."));
        assertThat(PurposeTexts.canonical(texts)).isEqualTo(
                "en\u001fBeauty tips\u001fI agree.\u001f\u001fMore.\u001e"
                        + "fr\u001fConseils beauté\u001fJ'accepte.\u001fhttps://example.com/info.pdf\u001f\u001e");
    }

    @Test
    void hashIsTheSha256OfTheCanonicalTextInUtf8() {
        // echo -n 'fr<US>a<US>b<US><US><RS>' | sha256sum
        Map<String, PurposeText> texts = Map.of("fr", new PurposeText("a", "b", null, null));
        assertThat(PurposeTexts.sha256(texts))
                .isEqualTo("0f6834aeef2b382bc0e22c822218d44cc38c025c94b38d4cbdfd3af6ccc0852e")
                .isNotEqualTo(PurposeTexts.sha256(Map.of("fr", new PurposeText("a", "b.", null, null))));
    }

    @Test
    void blankLanguageIsDroppedAndTextsAreTrimmedWithUnixLineBreaks() {
        Map<String, String[]> given = new TreeMap<>();
        given.put("fr", new String[] {"  Sujet \r\n suite ", " Ligne 1\r\nLigne 2 ", " ", null});
        given.put("en", new String[] {" ", "", null, "  "});
        Map<String, PurposeText> texts = PurposeTexts.normalise(given);
        assertThat(texts).containsOnlyKeys("fr");
        assertThat(texts.get("fr").getSubject()).isEqualTo("Sujet suite");
        assertThat(texts.get("fr").getWording()).isEqualTo("Ligne 1\nLigne 2");
        assertThat(texts.get("fr").getInfoUrl()).isNull();
    }

    @Test
    void frenchIsRequiredAndEveryGivenLanguageIsComplete() {
        List<FieldViolation> violations = new ArrayList<>();
        PurposeTexts.check(Map.of("en", new PurposeText("Beauty tips", "", "ftp://example.com/x", null)), violations);
        assertThat(violations).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("texts.fr.subject", "texts.fr.wording", "texts.en.wording", "texts.en.infoUrl");
    }

    @Test
    void scriptTagsAreTextNotViolations() {
        List<FieldViolation> violations = new ArrayList<>();
        PurposeTexts.check(Map.of("fr", new PurposeText("<script>alert(1)</script>", "<b>oui</b>", null, null)), violations);
        assertThat(violations).isEmpty();
    }

    @Test
    void tooLongTextsAndControlCharactersAreRefused() {
        List<FieldViolation> violations = new ArrayList<>();
        PurposeTexts.check(Map.of("fr", new PurposeText("x".repeat(251), "ok\u0007", null, "y".repeat(4001))), violations);
        assertThat(violations).extracting(FieldViolation::messageKey)
                .containsExactlyInAnyOrder("purpose.subject.too_long", "text.control_characters",
                        "purpose.additional_text.too_long");
    }

    @Test
    void changesAreDescribedPerLanguageAndFieldBeforeAndAfter() {
        Map<String, Object> details = new LinkedHashMap<>();
        PurposeTexts.describeChanges(
                Map.of("fr", new PurposeText("Conseils", "J'accepte.", null, null)),
                Map.of("fr", new PurposeText("Conseils beauté", "J'accepte.", null, null),
                        "en", new PurposeText("Beauty tips", "I agree.", null, null)),
                details);
        assertThat(details).containsOnly(
                Map.entry("texts.fr.subject", "Conseils -> Conseils beauté"),
                Map.entry("texts.en.subject", "null -> Beauty tips"),
                Map.entry("texts.en.wording", "null -> I agree."));
    }
}
