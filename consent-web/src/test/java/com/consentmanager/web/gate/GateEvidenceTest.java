package com.consentmanager.web.gate;

import com.consentmanager.profile.boundary.EvidenceEntry;
import com.consentmanager.profile.boundary.ProfileReference.Kind;
import com.consentmanager.profile.boundary.ProfileSummary;
import com.consentmanager.profile.boundary.StatusCell;
import com.consentmanager.profile.boundary.StatusGrid;
import com.consentmanager.profile.boundary.StatusRow;
import com.consentmanager.profile.entity.ConsentState;
import com.consentmanager.purpose.entity.PurposeKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the gate tester shows behind an answer: the very person, the statuses and the evidence of the channel asked about. */
class GateEvidenceTest {

    private static final ProfileSummary ANNE = new ProfileSummary(7, "crm-0042", "anne.martin@example.com", "+33612345678",
            "fr", false, Instant.EPOCH);

    @Test
    void onlyTheExactValueNamesThePersonNotAPartOfIt() {
        assertThat(GateEvidence.matches(ANNE, Kind.EMAIL, "anne.martin@example.com")).isTrue();
        assertThat(GateEvidence.matches(ANNE, Kind.EMAIL, "martin@example.com")).as("a part found by the search").isFalse();
        assertThat(GateEvidence.matches(ANNE, Kind.PHONE, "+33612345678")).isTrue();
        assertThat(GateEvidence.matches(ANNE, Kind.PHONE, "+3361234567")).isFalse();
        assertThat(GateEvidence.matches(ANNE, Kind.EXTERNAL_ID, "crm-0042")).isTrue();
        assertThat(GateEvidence.matches(ANNE, Kind.EXTERNAL_ID, "crm-004")).isFalse();
        assertThat(GateEvidence.matches(ANNE, Kind.EXTERNAL_ID, "anne.martin@example.com")).as("another kind of value").isFalse();
        ProfileSummary noEmail = new ProfileSummary(8, "crm-1", null, null, "fr", false, Instant.EPOCH);
        assertThat(GateEvidence.matches(noEmail, Kind.EMAIL, "anne.martin@example.com")).isFalse();
        assertThat(GateEvidence.matches(noEmail, Kind.PHONE, "+33612345678")).isFalse();
    }

    @Test
    void statusesAreThoseOfTheChannelAndOfThePurposeWhenOneWasAsked() {
        StatusGrid grid = new StatusGrid(List.of("email", "sms"), List.of(
                row("commercial_email", cell("email", ConsentState.ACCEPTED), notCovered("sms")),
                row("commercial_sms", notCovered("email"), cell("sms", ConsentState.REFUSED)),
                row("newsletter", cell("email", ConsentState.UNKNOWN), cell("sms", ConsentState.UNKNOWN))));

        assertThat(GateEvidence.statusesOn(grid, "email", null)).extracting(StatusRow::getPurpose)
                .containsExactly("commercial_email", "newsletter");
        assertThat(GateEvidence.statusesOn(grid, "sms", "commercial_sms")).extracting(StatusRow::getPurpose)
                .containsExactly("commercial_sms");
        assertThat(GateEvidence.statusesOn(grid, "email", "commercial_sms")).as("the purpose does not use the channel")
                .isEmpty();
    }

    @Test
    void evidenceIsTheNewestOfTheChannelWithTheObjectionsAndNothingElse() {
        List<EvidenceEntry> newestFirst = List.of(
                status(6, "commercial_sms", "sms"),
                EvidenceEntry.profile(5, "OBJECTED"),
                EvidenceEntry.profile(4, "PREFERENCE_LINK_SENT"),
                status(3, "newsletter", "email"),
                status(2, "commercial_email", "email"),
                status(1, "commercial_email", "email"));

        assertThat(GateEvidence.evidenceOn(newestFirst, "email", null, 20)).extracting(EvidenceEntry::getId)
                .containsExactly(5L, 3L, 2L, 1L);
        assertThat(GateEvidence.evidenceOn(newestFirst, "email", "commercial_email", 20)).extracting(EvidenceEntry::getId)
                .containsExactly(5L, 2L, 1L);
        assertThat(GateEvidence.evidenceOn(newestFirst, "email", null, 2)).extracting(EvidenceEntry::getId)
                .as("the newest only").containsExactly(5L, 3L);
    }

    private static EvidenceEntry status(long id, String purpose, String channel) {
        return EvidenceEntry.status(id, purpose, 1, channel, ConsentState.UNKNOWN, ConsentState.ACCEPTED, "GIVEN");
    }

    private static StatusRow row(String purpose, StatusCell... cells) {
        return new StatusRow(purpose, "subject of " + purpose, PurposeKind.CONSENT, 1, List.of(cells));
    }

    private static StatusCell cell(String channel, ConsentState state) {
        return new StatusCell(channel, true, state, 1, Instant.EPOCH);
    }

    private static StatusCell notCovered(String channel) {
        return new StatusCell(channel, false, null, null, null);
    }
}
