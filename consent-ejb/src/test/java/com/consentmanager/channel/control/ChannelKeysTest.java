package com.consentmanager.channel.control;

import com.consentmanager.platform.FieldViolation;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelKeysTest {

    @Test
    void keyIsGeneratedFromTheNameInLowerCaseWithAccentsFoldedAndUnderscores() {
        assertThat(ChannelKeys.fromName("Courrier postal")).isEqualTo("courrier_postal");
        assertThat(ChannelKeys.fromName("  Téléphone   fixe ")).isEqualTo("telephone_fixe");
        assertThat(ChannelKeys.fromName("Cœur d'Été")).isEqualTo("coeur_dete");
        assertThat(ChannelKeys.fromName("WhatsApp / Messenger")).isEqualTo("whatsapp_messenger");
    }

    @Test
    void generatedKeyIsCutToSixtyFourCharactersAndAlwaysPassesTheRules() {
        String key = ChannelKeys.fromName("é".repeat(500));
        assertThat(key).hasSize(64);
        assertThat(ChannelKeys.check("key", key)).isEmpty();
    }

    @Test
    void nameWithoutAnyUsableCharacterGivesNoKey() {
        assertThat(ChannelKeys.fromName("!!! ???")).isEmpty();
        assertThat(ChannelKeys.check("key", ChannelKeys.fromName("@@@"))).map(FieldViolation::messageKey)
                .contains("channel.key.required");
    }

    @Test
    void keyWithWhiteSpaceIsRefusedWithTheReasonInBothLanguages() {
        FieldViolation violation = ChannelKeys.check("key", "bad key").orElseThrow();
        assertThat(violation.field()).isEqualTo("key");
        assertThat(violation.message(Locale.ENGLISH)).contains("cannot contain white space");
        assertThat(violation.message(Locale.FRENCH)).contains("ne peut pas contenir d'espace");
    }

    @Test
    void keyRulesRefuseEmptyTooLongAndUnsafeCharacters() {
        assertThat(ChannelKeys.check("key", "")).map(FieldViolation::messageKey).contains("channel.key.required");
        assertThat(ChannelKeys.check("key", "a".repeat(65))).map(FieldViolation::messageKey).contains("channel.key.too_long");
        assertThat(ChannelKeys.check("key", "Postal")).map(FieldViolation::messageKey).contains("channel.key.characters");
        assertThat(ChannelKeys.check("key", "_x")).map(FieldViolation::messageKey).contains("channel.key.characters");
        assertThat(ChannelKeys.check("key", "post<script>")).map(FieldViolation::messageKey).contains("channel.key.characters");
        assertThat(ChannelKeys.check("key", "courrier_postal")).isEmpty();
    }
}
