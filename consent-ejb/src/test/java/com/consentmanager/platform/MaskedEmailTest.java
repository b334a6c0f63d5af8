package com.consentmanager.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskedEmailTest {

    @Test
    void keepsTheFirstCharacterAndTheDomain() {
        assertThat(MaskedEmail.of("alice@example.org")).isEqualTo("a***@example.org");
        assertThat(MaskedEmail.of("a@example.org")).as("one letter still hides the length").isEqualTo("a***@example.org");
    }

    @Test
    void showsNothingOfWhatIsNotAnAddress() {
        assertThat(MaskedEmail.of(null)).isNull();
        assertThat(MaskedEmail.of("  ")).isNull();
        assertThat(MaskedEmail.of("no-at-sign")).isEqualTo("***");
    }
}
