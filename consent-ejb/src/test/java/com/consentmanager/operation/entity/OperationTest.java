package com.consentmanager.operation.entity;

import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class OperationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate FIRST = LocalDate.of(2027, 1, 10);

    @Test
    void theNameIsRequiredStrippedAndBounded() {
        List<FieldViolation> violations = new ArrayList<>();
        assertThat(Operation.checkName("  Summer contest ", violations)).isEqualTo("Summer contest");
        assertThat(violations).isEmpty();
        assertThat(Operation.checkName(" ", violations)).isNull();
        Operation.checkName("x".repeat(Operation.NAME_MAX_LENGTH + 1), violations);
        assertThat(violations).extracting(FieldViolation::field, FieldViolation::messageKey).containsExactly(
                tuple("name", "operation.name.required"), tuple("name", "operation.name.too_long"));
        assertThat(violations.get(1).arguments()).containsExactly(Operation.NAME_MAX_LENGTH);
    }

    @Test
    void theLastDayIsNotBeforeTheFirst() {
        List<FieldViolation> violations = new ArrayList<>();
        Operation.checkDates(FIRST, FIRST, violations);
        Operation.checkDates(null, FIRST, violations);
        Operation.checkDates(FIRST, null, violations);
        assertThat(violations).isEmpty();
        Operation.checkDates(FIRST, FIRST.minusDays(1), violations);
        assertThat(violations).extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("endsOn", "operation.dates.order"));
        assertThatThrownBy(() -> new Operation("summer", "Summer", FIRST, FIRST.minusDays(1), NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aKeyFollowsTheKeyRulesAndIsLockedOnceTheFormWasSubmitted() {
        Operation operation = new Operation("summer", "Summer", null, null, NOW);
        List<FieldViolation> violations = new ArrayList<>();
        operation.checkKey("summer", true, violations);
        operation.checkKey("summer_2027", false, violations);
        assertThat(violations).isEmpty();
        operation.checkKey("summer 2027", false, violations);
        operation.checkKey("summer_2027", true, violations);
        assertThat(violations).extracting(FieldViolation::field, FieldViolation::messageKey).containsExactly(
                tuple("key", "operation.key.white_space"), tuple("key", "operation.key.locked"));
        operation.change("summer_2027", "Summer 2027", FIRST, null, NOW.plusSeconds(1));
        assertThat(operation.getKey()).isEqualTo("summer_2027");
        assertThat(operation.getName()).isEqualTo("Summer 2027");
    }

    @Test
    void aDraftGoesLiveAndCloses() {
        Operation operation = new Operation("summer", "Summer", null, null, NOW);
        assertThat(operation.getState()).isEqualTo(OperationState.DRAFT);
        assertThatThrownBy(() -> operation.moveTo(OperationState.CLOSED, NOW)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo("operation.state.transition");
            assertThat(e.getArguments()).containsExactly("DRAFT", "CLOSED");
        });
        operation.moveTo(OperationState.LIVE, NOW);
        operation.moveTo(OperationState.CLOSED, NOW);
        assertThat(operation.getState()).isEqualTo(OperationState.CLOSED);
    }

    @Test
    void aClosedOperationReopensButNeverReturnsToDraft() {
        Operation operation = new Operation("summer", "Summer", null, null, NOW);
        operation.moveTo(OperationState.LIVE, NOW);
        operation.moveTo(OperationState.CLOSED, NOW);
        assertThatThrownBy(() -> operation.requireMoveTo(OperationState.DRAFT)).isInstanceOf(ConflictException.class);
        operation.moveTo(OperationState.LIVE, NOW);
        assertThat(operation.getState()).isEqualTo(OperationState.LIVE);
    }

    @Test
    void aLiveFormKeepsAnOffer() {
        Operation operation = new Operation("summer", "Summer", null, null, NOW);
        operation.requireOffersWhileLive(0);
        operation.moveTo(OperationState.LIVE, NOW);
        operation.requireOffersWhileLive(1);
        assertThatThrownBy(() -> operation.requireOffersWhileLive(0)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo("operation.live.offer_required");
            assertThat(e.getArguments()).containsExactly("summer");
        });
    }
}
