package com.consentmanager.web.purpose;

import com.consentmanager.purpose.boundary.PurposeTextView;
import com.consentmanager.purpose.boundary.PurposeVersionView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VersionDiffTest {

    private static final PurposeTextView FRENCH = new PurposeTextView("Conseils beauté",
            "J’accepte de recevoir des conseils beauté par email.", null, null);

    @Test
    void sameTextsHaveNoChange() {
        assertThat(VersionDiff.between(version(1, Map.of("fr", FRENCH)), version(2, Map.of("fr", FRENCH)))).isEmpty();
    }

    @Test
    void changedWordingIsCutAroundTheChangedWords() {
        PurposeTextView reworded = new PurposeTextView(FRENCH.getSubject(),
                "J’accepte de recevoir des astuces beauté par email.", null, null);

        List<VersionDiff.Change> changes = VersionDiff.between(version(1, Map.of("fr", FRENCH)), version(2, Map.of("fr", reworded)));

        assertThat(changes).hasSize(1);
        VersionDiff.Change change = changes.get(0);
        assertThat(change.language()).isEqualTo("fr");
        assertThat(change.field()).isEqualTo("wording");
        assertThat(change.before()).isEqualTo(new VersionDiff.Segments("J’accepte de recevoir des ", "conseils", " beauté par email."));
        assertThat(change.after()).isEqualTo(new VersionDiff.Segments("J’accepte de recevoir des ", "astuces", " beauté par email."));
    }

    @Test
    void addedTranslationListsEachOfItsFieldsAsMissingBefore() {
        PurposeTextView english = new PurposeTextView("Beauty tips", "I agree to receive beauty tips by email.",
                "https://example.com/tips.pdf", null);

        List<VersionDiff.Change> changes = VersionDiff.between(version(1, Map.of("fr", FRENCH)),
                version(2, Map.of("fr", FRENCH, "en", english)));

        assertThat(changes).extracting(VersionDiff.Change::field).containsExactly("subject", "infoUrl", "wording");
        assertThat(changes).allSatisfy(change -> {
            assertThat(change.language()).isEqualTo("en");
            assertThat(change.missingBefore()).isTrue();
            assertThat(change.missingAfter()).isFalse();
            assertThat(change.before()).isEqualTo(new VersionDiff.Segments("", "", ""));
        });
        assertThat(changes.get(0).after().changed()).isEqualTo("Beauty tips");
    }

    @Test
    void textAddedAtTheEndHighlightsOnlyTheAddition() {
        VersionDiff.Change change = VersionDiff.change("fr", "subject", "Offres", "Offres spéciales");

        assertThat(change.before()).isEqualTo(new VersionDiff.Segments("Offres", "", ""));
        assertThat(change.after()).isEqualTo(new VersionDiff.Segments("Offres", " spéciales", ""));
    }

    @Test
    void markupIsKeptAsTextForThePageToEscape() {
        VersionDiff.Change change = VersionDiff.change("fr", "subject", "Promotions", "<script>alert(1)</script>");

        assertThat(change.after().changed()).isEqualTo("<script>alert(1)</script>");
        assertThat(change.before().changed()).isEqualTo("Promotions");
    }

    private static PurposeVersionView version(int number, Map<String, PurposeTextView> texts) {
        return new PurposeVersionView(number, false, "sha" + number, Instant.EPOCH, "admin", texts);
    }
}
