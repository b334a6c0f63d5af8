package com.consentmanager.profile.control;

import com.consentmanager.profile.entity.ConsentState;
import com.consentmanager.profile.entity.EventType;
import com.consentmanager.purpose.entity.PurposeKind;
import org.junit.jupiter.api.Test;

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
}
