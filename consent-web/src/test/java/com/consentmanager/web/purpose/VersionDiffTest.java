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
    void replacedWordIsMarkedOnBothSidesAndNothingElse() {
        PurposeTextView reworded = new PurposeTextView(FRENCH.getSubject(),
                "J’accepte de recevoir des astuces beauté par email.", null, null);

        List<VersionDiff.Change> changes = VersionDiff.between(version(1, Map.of("fr", FRENCH)), version(2, Map.of("fr", reworded)));

        assertThat(changes).hasSize(1);
        VersionDiff.Change change = changes.get(0);
        assertThat(change.language()).isEqualTo("fr");
        assertThat(change.field()).isEqualTo("wording");
        assertThat(change.before()).isEqualTo("J’accepte de recevoir des <del>conseils</del> beauté par email.");
        assertThat(change.after()).isEqualTo("J’accepte de recevoir des <ins>astuces</ins> beauté par email.");
    }

    @Test
    void wordsKeptBetweenTwoChangesAreNeverMarked() {
        // The old prefix/suffix cut marked "de recevoir des conseils beauté" removed and added again.
        VersionDiff.Change change = VersionDiff.change("fr", "wording",
                "J’accepte de recevoir des conseils beauté par email.",
                "Je veux bien recevoir des conseils beauté par SMS.");

        assertThat(change.before()).isEqualTo("<del>J’accepte de</del> recevoir des conseils beauté par <del>email.</del>");
        assertThat(change.after()).isEqualTo("<ins>Je veux bien</ins> recevoir des conseils beauté par <ins>SMS.</ins>");
    }

    @Test
    void insertionInTheMiddleLeavesTheWordsAroundItUnmarked() {
        VersionDiff.Change change = VersionDiff.change("fr", "subject", "Offres du jour", "Offres spéciales du jour");

        assertThat(change.before()).isEqualTo("Offres du jour");
        assertThat(change.after()).isEqualTo("Offres <ins>spéciales</ins> du jour");
    }

    @Test
    void insertionIsMarkedOnlyAfter() {
        VersionDiff.Change change = VersionDiff.change("fr", "subject", "Offres", "Offres spéciales");

        assertThat(change.before()).isEqualTo("Offres");
        assertThat(change.after()).isEqualTo("Offres <ins>spéciales</ins>");
    }

    @Test
    void deletionIsMarkedOnlyBefore() {
        VersionDiff.Change change = VersionDiff.change("fr", "wording",
                "Recevez nos offres et nos promotions par email.", "Recevez nos promotions par email.");

        assertThat(change.before()).isEqualTo("Recevez nos <del>offres et nos</del> promotions par email.");
        assertThat(change.after()).isEqualTo("Recevez nos promotions par email.");
    }

    @Test
    void replacementOfSeveralWordsIsOneMarkEachSide() {
        VersionDiff.Change change = VersionDiff.change("fr", "wording",
                "J'accepte de recevoir des informations commerciales par email.",
                "J'accepte de recevoir des informations commerciales par courriel électronique.");

        assertThat(change.before()).isEqualTo("J&#39;accepte de recevoir des informations commerciales par <del>email.</del>");
        assertThat(change.after())
                .isEqualTo("J&#39;accepte de recevoir des informations commerciales par <ins>courriel électronique.</ins>");
    }

    @Test
    void lineBreaksAndSpacingAreKept() {
        VersionDiff.Change change = VersionDiff.change("fr", "additionalText", " Ligne une\n\nLigne deux ", " Ligne une\n\nLigne trois ");

        assertThat(change.before()).isEqualTo(" Ligne une\n\nLigne <del>deux</del> ");
        assertThat(change.after()).isEqualTo(" Ligne une\n\nLigne <ins>trois</ins> ");
    }

    @Test
    void addedTranslationListsEachOfItsFieldsAsMissingBeforeAndWhollyAdded() {
        PurposeTextView english = new PurposeTextView("Beauty tips", "I agree to receive beauty tips by email.",
                "https://example.com/tips.pdf", null);

        List<VersionDiff.Change> changes = VersionDiff.between(version(1, Map.of("fr", FRENCH)),
                version(2, Map.of("fr", FRENCH, "en", english)));

        assertThat(changes).extracting(VersionDiff.Change::field).containsExactly("subject", "infoUrl", "wording");
        assertThat(changes).allSatisfy(change -> {
            assertThat(change.language()).isEqualTo("en");
            assertThat(change.missingBefore()).isTrue();
            assertThat(change.missingAfter()).isFalse();
            assertThat(change.before()).isEmpty();
        });
        assertThat(changes.get(0).after()).isEqualTo("<ins>Beauty tips</ins>");
    }

    @Test
    void removedTextIsWhollyMarkedAndMissingAfter() {
        VersionDiff.Change change = VersionDiff.change("en", "additionalText", "Sent twice a month", null);

        assertThat(change.missingAfter()).isTrue();
        assertThat(change.before()).isEqualTo("<del>Sent twice a month</del>");
        assertThat(change.after()).isEmpty();
    }

    @Test
    void markupInTheTextsIsEscapedAndOnlyTheMarksAreElements() {
        VersionDiff.Change change = VersionDiff.change("fr", "subject", "Promotions & \"jeux\"",
                "Promotions & <script>alert('x')</script>");

        assertThat(change.before()).isEqualTo("Promotions &amp; <del>&quot;jeux&quot;</del>");
        assertThat(change.after()).isEqualTo("Promotions &amp; <ins>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</ins>");
        assertThat(change.after().replace("<ins>", "").replace("</ins>", "")).doesNotContain("<", ">");
    }

    private static PurposeVersionView version(int number, Map<String, PurposeTextView> texts) {
        return new PurposeVersionView(number, false, "sha" + number, Instant.EPOCH, "admin", texts);
    }
}
