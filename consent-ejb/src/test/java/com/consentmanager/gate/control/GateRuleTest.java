package com.consentmanager.gate.control;

import com.consentmanager.gate.boundary.GateReason;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GateRuleTest {

    private static GateRule.Row row(long profile, Long purpose, String state) {
        return new GateRule.Row(profile, false, purpose, state);
    }

    @Test
    void nobodyFoundIsAnUnknownProfile() {
        assertThat(GateRule.answer(List.of(), true)).isEqualTo(GateReason.UNKNOWN_PROFILE);
    }

    @Test
    void withAPurposeThatPurposeMustBeAccepted() {
        assertThat(GateRule.answer(List.of(row(1, 10L, "ACCEPTED")), true)).isEqualTo(GateReason.ACCEPTED);
        assertThat(GateRule.answer(List.of(row(1, 10L, "REFUSED")), true)).isEqualTo(GateReason.REFUSED);
        assertThat(GateRule.answer(List.of(row(1, 10L, "PENDING")), true)).isEqualTo(GateReason.PENDING_DOUBLE_OPT_IN);
        assertThat(GateRule.answer(List.of(row(1, null, null)), true)).isEqualTo(GateReason.NOT_ACCEPTED);
    }

    @Test
    void withoutAPurposeOneAcceptedPurposeOnTheChannelIsEnough() {
        assertThat(GateRule.answer(List.of(row(1, 10L, "REFUSED"), row(1, 11L, "ACCEPTED")), false))
                .isEqualTo(GateReason.ACCEPTED);
        assertThat(GateRule.answer(List.of(row(1, 10L, "PENDING"), row(1, 11L, "REFUSED")), false))
                .isEqualTo(GateReason.PENDING_DOUBLE_OPT_IN);
        assertThat(GateRule.answer(List.of(row(1, null, null)), false)).isEqualTo(GateReason.NO_ACCEPTED_PURPOSE);
    }

    @Test
    void whenSeveralRecordsAnswerTheLeastPermissiveWins() {
        assertThat(GateRule.answer(List.of(row(1, 10L, "ACCEPTED"), row(2, 10L, "REFUSED")), true))
                .isEqualTo(GateReason.REFUSED);
        assertThat(GateRule.answer(List.of(row(1, 10L, "ACCEPTED"), row(2, 10L, "PENDING")), false))
                .isEqualTo(GateReason.PENDING_DOUBLE_OPT_IN);
        assertThat(GateRule.answer(List.of(row(1, 10L, "ACCEPTED"), row(2, null, null)), true))
                .as("a record without a status does not answer").isEqualTo(GateReason.ACCEPTED);
    }

    @Test
    void anAcceptanceOfATextTheyNoLongerAcceptAsksForReconsent() {
        assertThat(GateRule.answer(List.of(row(1, 10L, GateRule.RECONSENT)), true)).isEqualTo(GateReason.RECONSENT_REQUIRED);
        assertThat(GateRule.answer(List.of(row(1, 10L, GateRule.RECONSENT), row(1, 11L, "ACCEPTED")), false))
                .as("without a purpose, another accepted purpose opens the channel").isEqualTo(GateReason.ACCEPTED);
        assertThat(GateRule.answer(List.of(row(1, 10L, "ACCEPTED"), row(2, 10L, GateRule.RECONSENT)), true))
                .as("a record on the old text holds the person back").isEqualTo(GateReason.RECONSENT_REQUIRED);
        assertThat(GateRule.answer(List.of(row(1, 10L, GateRule.RECONSENT), row(2, 10L, "REFUSED")), true))
                .isEqualTo(GateReason.REFUSED);
    }

    @Test
    void anObjectionOnAnyRecordRefusesEverything() {
        assertThat(GateRule.answer(List.of(row(1, 10L, "ACCEPTED"), new GateRule.Row(2, true, null, null)), true))
                .isEqualTo(GateReason.OBJECTED);
    }
}
