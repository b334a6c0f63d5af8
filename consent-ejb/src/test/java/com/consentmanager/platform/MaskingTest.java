package com.consentmanager.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void anAddressKeepsTheFirstCharacterOfItsLocalPartAndItsDomain() {
        assertThat(Masking.email("alice@example.org")).isEqualTo("a***@example.org");
        assertThat(Masking.email("zoe.martin+news@mail.example.fr")).isEqualTo("z***@mail.example.fr");
        assertThat(Masking.email("  bob@example.org ")).isEqualTo("b***@example.org");
    }

    @Test
    void aOneCharacterLocalPartIsNotShownAtAll() {
        assertThat(Masking.email("a@example.org")).isEqualTo("***@example.org");
        assertThat(Masking.email("😀@example.org")).as("one character outside the BMP").isEqualTo("***@example.org");
    }

    @Test
    void theFirstCharacterIsAWholeCodePoint() {
        assertThat(Masking.email("😀bob@example.org")).isEqualTo("😀***@example.org");
        assertThat(Masking.email("élodie@example.fr")).isEqualTo("é***@example.fr");
    }

    @Test
    void aQuotedLocalPartWithAnAtSignIsCutAtTheLastOne() {
        assertThat(Masking.email("\"al@ice\"@example.org")).isEqualTo("\"***@example.org");
    }

    @Test
    void aStarFirstIsHiddenTooSoThatTheMaskStaysRecognisable() {
        assertThat(Masking.email("*star@example.org")).isEqualTo("***@example.org");
    }

    @Test
    void nothingIsShownForNullOrForTextThatIsNotAnAddress() {
        assertThat(Masking.email(null)).isNull();
        assertThat(Masking.email("")).isNull();
        assertThat(Masking.email("4711")).isNull();
        assertThat(Masking.email("@example.org")).isNull();
        assertThat(Masking.email("alice@")).isNull();
    }
}
