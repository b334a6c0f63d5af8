package com.consentmanager.profile.control;

import com.consentmanager.profile.entity.ConsentState;
import com.consentmanager.profile.entity.EventType;
import com.consentmanager.purpose.entity.PurposeKind;

import java.util.Optional;

/**
 * The status rules (DOMAIN.md rule 7). A consent moves freely between ACCEPTED and REFUSED; a
 * legal basis once REFUSED stays REFUSED until an admin reset brings it to UNKNOWN; accepting on
 * email a purpose with double opt-in makes it PENDING until the person confirms. Asking for the
 * state a status already has changes nothing (and writes no evidence).
 */
public final class Transitions {

    private Transitions() {
    }

    /** The outcome of a person's (or an application's) decision. */
    public sealed interface Outcome permits Change, NoChange, Forbidden {
    }

    /** The status changes to {@code to}; the evidence says {@code type}. */
    public record Change(ConsentState to, EventType type) implements Outcome {
    }

    public record NoChange() implements Outcome {
    }

    /** Refused by the rules; {@code messageKey} says why. */
    public record Forbidden(String messageKey) implements Outcome {
    }

    /**
     * A decision to accept or refuse.
     *
     * @param confirmed the acceptance is itself a confirmed double opt-in (or needs none: imports)
     */
    public static Outcome decide(PurposeKind kind, ConsentState from, ConsentState requested, boolean doubleOptInApplies,
                                 boolean confirmed) {
        return switch (requested) {
            case ACCEPTED -> accept(kind, from, doubleOptInApplies, confirmed);
            case REFUSED -> from == ConsentState.REFUSED ? new NoChange()
                    : new Change(ConsentState.REFUSED, from == ConsentState.ACCEPTED || from == ConsentState.PENDING
                    ? EventType.WITHDRAWN : EventType.REFUSED);
            default -> new Forbidden("status.state.not_a_decision");
        };
    }

    private static Outcome accept(PurposeKind kind, ConsentState from, boolean doubleOptInApplies, boolean confirmed) {
        if (kind == PurposeKind.LEGAL_BASIS && from == ConsentState.REFUSED) {
            return new Forbidden("status.legal_basis.refused");
        }
        if (from == ConsentState.ACCEPTED) {
            return new NoChange();
        }
        if (doubleOptInApplies && !confirmed) {
            return from == ConsentState.PENDING ? new NoChange()
                    : new Change(ConsentState.PENDING, EventType.DOUBLE_OPT_IN_REQUESTED);
        }
        return new Change(ConsentState.ACCEPTED,
                from == ConsentState.PENDING ? EventType.DOUBLE_OPT_IN_CONFIRMED : EventType.GIVEN);
    }

    /** An admin reset: only a REFUSED legal basis goes back to UNKNOWN this way. */
    public static Optional<String> refuseReset(PurposeKind kind, ConsentState from) {
        if (kind != PurposeKind.LEGAL_BASIS) {
            return Optional.of("status.reset.legal_basis_only");
        }
        if (from != ConsentState.REFUSED) {
            return Optional.of("status.reset.not_refused");
        }
        return Optional.empty();
    }
}
