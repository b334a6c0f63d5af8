package com.consentmanager.api;

import com.consentmanager.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlagsTest {

    @Test
    void trueAndFalseAreTheOnlyAnswers() {
        assertThat(Flags.of("dryRun", "true", false)).isTrue();
        assertThat(Flags.of("dryRun", "false", true)).isFalse();
        assertThat(Flags.optional("active", "true")).isTrue();
        assertThat(Flags.optional("active", "false")).isFalse();
    }

    @Test
    void anAbsentOrEmptyParameterTakesItsDefault() {
        assertThat(Flags.of("dryRun", null, true)).isTrue();
        assertThat(Flags.of("emptyDeletes", "", false)).isFalse();
        assertThat(Flags.optional("active", null)).isNull();
        assertThat(Flags.optional("active", "")).isNull();
    }

    @Test
    void anythingElseIsRefusedNamingTheParameter() {
        for (String value : List.of("maybe", "yes", "no", "1", "0", "on", "TRUE", "False", " true", "true ")) {
            assertThatThrownBy(() -> Flags.of("dryRun", value, true)).as(value).isInstanceOfSatisfying(InvalidInputException.class,
                    refused -> {
                        assertThat(refused.getViolations()).hasSize(1);
                        assertThat(refused.getViolations().get(0).field()).isEqualTo("dryRun");
                        assertThat(refused.getViolations().get(0).message(Locale.ENGLISH)).isEqualTo("Give true or false.");
                        assertThat(refused.getViolations().get(0).message(Locale.FRENCH)).isEqualTo("Indiquez true ou false.");
                    });
        }
    }
}
