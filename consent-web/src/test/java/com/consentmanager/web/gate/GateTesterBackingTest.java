package com.consentmanager.web.gate;

import com.consentmanager.gate.boundary.GateReason;
import com.consentmanager.platform.BusinessException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.profile.boundary.ProfileReference;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate tester's refusals land next to the field they concern, and every reason and kind reads as words. */
class GateTesterBackingTest {

    @Test
    void anUnknownChannelOrPurposeIsShownNextToItsSelect() {
        BusinessException channel = GateTesterBacking.onItsField(new NotFoundException("channel.not_found", "pigeon"));
        assertThat(channel.getViolations()).extracting(FieldViolation::field).containsExactly("channel");
        assertThat(channel.getViolations().get(0).messageKey()).isEqualTo("channel.not_found");
        assertThat(channel.getViolations().get(0).arguments()).containsExactly("pigeon");
        assertThat(GateTesterBacking.FIELDS.get("channel")).isEqualTo("gate:channel");

        BusinessException purpose = GateTesterBacking.onItsField(new NotFoundException("purpose.not_found", "nope"));
        assertThat(purpose.getViolations()).extracting(FieldViolation::field).containsExactly("purpose");
        assertThat(GateTesterBacking.FIELDS.get("purpose")).isEqualTo("gate:purpose");

        NotFoundException other = new NotFoundException("profile.not_found", "x");
        assertThat(GateTesterBacking.onItsField(other)).isSameAs(other);
    }

    @Test
    void aMalformedReferenceOfAnyKindIsShownNextToTheValue() {
        for (String field : new String[] {"profile", "profiles[0]", "profiles[0].email", "profiles[0].phone",
                "profiles[0].externalId"}) {
            assertThat(GateTesterBacking.FIELDS.get(field)).as(field).isEqualTo("gate:value");
        }
    }

    @Test
    void everyReasonAndKindHasWordsInFrenchAndEnglish() throws IOException {
        for (String file : new String[] {"text.properties", "text_fr.properties"}) {
            Properties texts = load(file);
            Arrays.stream(GateReason.values()).forEach(reason ->
                    assertThat(texts.getProperty("GateReason." + reason.name())).as(file + " " + reason).isNotBlank());
            Arrays.stream(ProfileReference.Kind.values()).forEach(kind ->
                    assertThat(texts.getProperty("ProfileReference.Kind." + kind.name())).as(file + " " + kind).isNotBlank());
        }
        assertThat(load("text_fr.properties").getProperty("GateReason.REFUSED")).isEqualTo("Refusé ou retiré par la personne.");
    }

    private static Properties load(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = GateTesterBackingTest.class.getResourceAsStream("/com/consentmanager/web/" + file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
