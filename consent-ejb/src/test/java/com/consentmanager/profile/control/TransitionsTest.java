package com.consentmanager.profile.control;

import com.consentmanager.profile.entity.ConsentState;
import com.consentmanager.profile.entity.EventType;
import com.consentmanager.purpose.entity.PurposeKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.consentmanager.profile.entity.ConsentState.ACCEPTED;
import static com.consentmanager.profile.entity.ConsentState.PENDING;
import static com.consentmanager.profile.entity.ConsentState.REFUSED;
import static com.consentmanager.profile.entity.ConsentState.UNKNOWN;
import static com.consentmanager.purpose.entity.PurposeKind.CONSENT;
import static com.consentmanager.purpose.entity.PurposeKind.LEGAL_BASIS;
import static org.assertj.core.api.Assertions.assertThat;

class TransitionsTest {

    private static Transitions.Outcome decide(PurposeKind kind, ConsentState from, ConsentState to) {
        return Transitions.decide(kind, from, to, false, false);
    }

    @Test
    void acceptingANewerTextRecordsItWithoutAskingForDoubleOptInAgain() {
        assertThat(Transitions.decide(CONSENT, ACCEPTED, ACCEPTED, true, false, true))
                .isEqualTo(new Transitions.Change(ACCEPTED, EventType.RECONSENTED));
        assertThat(Transitions.decide(CONSENT, ACCEPTED, ACCEPTED, true, false, false))
                .as("the same text again changes nothing").isEqualTo(new Transitions.NoChange());
        assertThat(Transitions.decide(CONSENT, REFUSED, ACCEPTED, true, false, true))
                .as("a refusal accepted again still goes through double opt-in")
                .isEqualTo(new Transitions.Change(PENDING, EventType.DOUBLE_OPT_IN_REQUESTED));
        assertThat(Transitions.decide(CONSENT, ACCEPTED, REFUSED, false, false, true))
                .isEqualTo(new Transitions.Change(REFUSED, EventType.WITHDRAWN));
    }

    @Test
    void aConsentMovesFreelyBetweenAcceptedAndRefused() {
        assertThat(decide(CONSENT, UNKNOWN, ACCEPTED)).isEqualTo(new Transitions.Change(ACCEPTED, EventType.GIVEN));
        assertThat(decide(CONSENT, ACCEPTED, REFUSED)).isEqualTo(new Transitions.Change(REFUSED, EventType.WITHDRAWN));
        assertThat(decide(CONSENT, REFUSED, ACCEPTED)).isEqualTo(new Transitions.Change(ACCEPTED, EventType.GIVEN));
        assertThat(decide(CONSENT, UNKNOWN, REFUSED)).isEqualTo(new Transitions.Change(REFUSED, EventType.REFUSED));
    }

    @Test
    void aRefusedLegalBasisIsNeverAcceptedAgainByADecision() {
        assertThat(decide(LEGAL_BASIS, REFUSED, ACCEPTED)).isEqualTo(new Transitions.Forbidden("status.legal_basis.refused"));
        assertThat(decide(LEGAL_BASIS, UNKNOWN, ACCEPTED)).isEqualTo(new Transitions.Change(ACCEPTED, EventType.GIVEN));
        assertThat(decide(LEGAL_BASIS, ACCEPTED, REFUSED)).isEqualTo(new Transitions.Change(REFUSED, EventType.WITHDRAWN));
    }

    @Test
    void repeatingAStateChangesNothing() {
        assertThat(decide(CONSENT, ACCEPTED, ACCEPTED)).isEqualTo(new Transitions.NoChange());
        assertThat(decide(LEGAL_BASIS, REFUSED, REFUSED)).isEqualTo(new Transitions.NoChange());
    }

    @Test
    void doubleOptInMakesAnAcceptancePendingUntilConfirmed() {
        assertThat(Transitions.decide(CONSENT, UNKNOWN, ACCEPTED, true, false))
                .isEqualTo(new Transitions.Change(PENDING, EventType.DOUBLE_OPT_IN_REQUESTED));
        assertThat(Transitions.decide(CONSENT, PENDING, ACCEPTED, true, false)).isEqualTo(new Transitions.NoChange());
        assertThat(Transitions.decide(CONSENT, PENDING, ACCEPTED, true, true))
                .isEqualTo(new Transitions.Change(ACCEPTED, EventType.DOUBLE_OPT_IN_CONFIRMED));
        assertThat(Transitions.decide(CONSENT, ACCEPTED, ACCEPTED, true, false)).isEqualTo(new Transitions.NoChange());
        assertThat(Transitions.decide(CONSENT, PENDING, REFUSED, true, false))
                .isEqualTo(new Transitions.Change(REFUSED, EventType.WITHDRAWN));
    }

    @Test
    void onlyARefusedLegalBasisCanBeReset() {
        assertThat(Transitions.refuseReset(LEGAL_BASIS, REFUSED)).isEmpty();
        assertThat(Transitions.refuseReset(LEGAL_BASIS, ACCEPTED)).contains("status.reset.not_refused");
        assertThat(Transitions.refuseReset(CONSENT, REFUSED)).contains("status.reset.legal_basis_only");
    }

    @Test
    void unknownAndPendingAreNotDecisions() {
        assertThat(decide(CONSENT, ACCEPTED, UNKNOWN)).isInstanceOf(Transitions.Forbidden.class);
        assertThat(decide(CONSENT, ACCEPTED, PENDING)).isInstanceOf(Transitions.Forbidden.class);
    }

    // ---- an import's cell (rule 10)

    private static final Instant T1 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2024-06-01T00:00:00Z");

    private static Transitions.Outcome imported(PurposeKind kind, ConsentState from, Instant fromTime, ConsentState requested,
                                                Instant time, boolean emptyDeletes, boolean objected) {
        return Transitions.imported(kind, from, fromTime, requested, time, emptyDeletes, objected, false, false);
    }

    private static Transitions.Change importedAs(ConsentState to) {
        return new Transitions.Change(to, EventType.IMPORTED);
    }

    @Test
    void anEmptyCellNeverChangesAStatus() {
        assertThat(imported(CONSENT, ACCEPTED, T1, null, null, false, false)).isEqualTo(new Transitions.Blank());
        assertThat(imported(LEGAL_BASIS, REFUSED, T1, null, null, false, false)).isEqualTo(new Transitions.Blank());
    }

    @Test
    void emptyFieldsDeleteDataResetsToUnknownEvenARefusedLegalBasis() {
        assertThat(imported(CONSENT, ACCEPTED, T1, null, null, true, false)).isEqualTo(importedAs(UNKNOWN));
        assertThat(imported(LEGAL_BASIS, REFUSED, T1, null, null, true, false)).isEqualTo(importedAs(UNKNOWN));
        assertThat(imported(CONSENT, UNKNOWN, null, null, null, true, false)).isEqualTo(new Transitions.Blank());
    }

    @Test
    void refusedLegalBasisNeverReturnsToAcceptedByImport() {
        Transitions.Forbidden refused = new Transitions.Forbidden("import.rule.legal_basis_refused");
        assertThat(imported(LEGAL_BASIS, REFUSED, T1, ACCEPTED, T2, false, false)).isEqualTo(refused);
        assertThat(imported(LEGAL_BASIS, REFUSED, T1, ACCEPTED, T2, true, false)).isEqualTo(refused);
        assertThat(imported(LEGAL_BASIS, REFUSED, T1, UNKNOWN, T2, false, false)).isEqualTo(refused);
        assertThat(imported(LEGAL_BASIS, REFUSED, T1, UNKNOWN, T2, true, false)).isEqualTo(importedAs(UNKNOWN));
    }

    @Test
    void anImportedConsentMovesFreely() {
        assertThat(imported(CONSENT, REFUSED, T1, ACCEPTED, T2, false, false)).isEqualTo(importedAs(ACCEPTED));
        assertThat(imported(CONSENT, ACCEPTED, T1, REFUSED, T2, false, false)).isEqualTo(importedAs(REFUSED));
        assertThat(imported(CONSENT, ACCEPTED, T1, UNKNOWN, T2, false, false)).isEqualTo(importedAs(UNKNOWN));
    }

    @Test
    void anImportSkipsDoubleOptInOnlyWithTheLinesOwnConfirmationDate() {
        assertThat(Transitions.imported(CONSENT, UNKNOWN, null, ACCEPTED, T1, false, false, true, false))
                .isEqualTo(new Transitions.Forbidden("import.rule.double_opt_in_unconfirmed"));
        assertThat(Transitions.imported(CONSENT, PENDING, T1, ACCEPTED, T2, false, false, true, false))
                .isEqualTo(new Transitions.Forbidden("import.rule.double_opt_in_unconfirmed"));
        assertThat(Transitions.imported(CONSENT, UNKNOWN, null, ACCEPTED, T1, false, false, true, true)).isEqualTo(importedAs(ACCEPTED));
        assertThat(Transitions.imported(CONSENT, PENDING, T1, ACCEPTED, T2, false, false, true, true)).isEqualTo(importedAs(ACCEPTED));
        assertThat(Transitions.imported(CONSENT, ACCEPTED, T1, REFUSED, T2, false, false, true, false))
                .as("refusing needs no confirmation").isEqualTo(importedAs(REFUSED));
        assertThat(imported(CONSENT, UNKNOWN, null, ACCEPTED, T1, false, false)).as("no double opt-in asked").isEqualTo(importedAs(ACCEPTED));
    }

    @Test
    void theSameStateOrAnOlderDateChangesNothing() {
        assertThat(imported(CONSENT, ACCEPTED, T1, ACCEPTED, T2, false, false)).isEqualTo(new Transitions.NoChange());
        assertThat(imported(CONSENT, ACCEPTED, T2, REFUSED, T1, false, false)).isEqualTo(new Transitions.NoChange());
    }

    @Test
    void aProfileThatObjectedIsNeverAcceptedByImport() {
        assertThat(imported(CONSENT, REFUSED, T1, ACCEPTED, T2, false, true))
                .isEqualTo(new Transitions.Forbidden("import.rule.profile_objected"));
        assertThat(imported(CONSENT, ACCEPTED, T1, REFUSED, T2, false, true)).isEqualTo(importedAs(REFUSED));
    }
}
