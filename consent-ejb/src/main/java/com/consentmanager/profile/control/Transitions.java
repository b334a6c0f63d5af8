package com.consentmanager.profile.control;

import com.consentmanager.profile.entity.ConsentState;
import com.consentmanager.profile.entity.EventType;
import com.consentmanager.purpose.entity.PurposeKind;

import java.time.Instant;
import java.util.Optional;

/**
 * The status rules (DOMAIN.md rules 7, 10, 12), the one place they live: for a person's decision
 * ({@link #decide}) and for an import's cell ({@link #imported}). A consent moves freely between
 * ACCEPTED and REFUSED; a legal basis once REFUSED stays REFUSED until an admin reset (or an import
 * told "empty fields delete data") brings it to UNKNOWN; accepting on email a purpose with double
 * opt-in makes it PENDING until the person confirms, and only an import line carrying its own
 * confirmation date skips that. Asking for the state a status already has changes nothing (and
 * writes no evidence).
 */
public final class Transitions {

    private Transitions() {
    }

    /** The outcome of a person's (or an application's) decision. */
    public sealed interface Outcome permits Change, NoChange, Blank, Forbidden {
    }

    /** The status changes to {@code to}; the evidence says {@code type}. */
    public record Change(ConsentState to, EventType type) implements Outcome {
    }

    public record NoChange() implements Outcome {
    }

    /** An import's blank cell: nothing to do, and nothing to count either. */
    public record Blank() implements Outcome {
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
        return decide(kind, from, requested, doubleOptInApplies, confirmed, false);
    }

    /**
     * A decision, where {@code newerText} says the person accepts a newer version of the purpose's
     * text than the one their acceptance stands on: an ACCEPTED status then records the new version
     * (re-consent after a material change) instead of changing nothing. The address was confirmed
     * with the earlier acceptance, so no double opt-in is asked again.
     */
    public static Outcome decide(PurposeKind kind, ConsentState from, ConsentState requested, boolean doubleOptInApplies,
                                 boolean confirmed, boolean newerText) {
        if (requested == ConsentState.ACCEPTED && from == ConsentState.ACCEPTED && newerText) {
            return new Change(ConsentState.ACCEPTED, EventType.RECONSENTED);
        }
        return switch (requested) {
            case ACCEPTED -> accept(kind, from, doubleOptInApplies, confirmed);
            case REFUSED -> from == ConsentState.REFUSED ? new NoChange()
                    : new Change(ConsentState.REFUSED, from == ConsentState.ACCEPTED || from == ConsentState.PENDING
                    ? EventType.WITHDRAWN : EventType.REFUSED);
            default -> new Forbidden("status.state.not_a_decision");
        };
    }

    /**
     * What one cell of an import line does to a stored status (rule 10): a blank cell changes nothing
     * unless {@code emptyDeletes} (then UNKNOWN: SPREAD's reset, the only way an import lifts a refused
     * legal basis); a value equal to the stored state, or dated before it, changes nothing (an old file
     * never overwrites a newer choice); a refused legal basis is never accepted, nor a person who
     * objected; a purpose with double opt-in is accepted on email only by a line that carries its
     * confirmation date ({@code doubleOptInConfirmed}): otherwise the cell is refused and reported,
     * never turned into an acceptance that nobody confirmed.
     *
     * @param from      the stored state (UNKNOWN when there is none)
     * @param fromTime  when the stored state was set; null when there is none
     * @param requested the cell's state, null when blank
     * @param time      the cell's date, null when none
     */
    public static Outcome imported(PurposeKind kind, ConsentState from, Instant fromTime, ConsentState requested, Instant time,
                                   boolean emptyDeletes, boolean objected, boolean doubleOptInApplies, boolean doubleOptInConfirmed) {
        if (requested == null) {
            return emptyDeletes && from != ConsentState.UNKNOWN ? new Change(ConsentState.UNKNOWN, EventType.IMPORTED) : new Blank();
        }
        if (requested == from || time != null && fromTime != null && time.isBefore(fromTime)) {
            return new NoChange();
        }
        boolean refusedLegalBasis = refusedLegalBasis(kind, from);
        if (requested == ConsentState.ACCEPTED && refusedLegalBasis
                || requested == ConsentState.UNKNOWN && refusedLegalBasis && !emptyDeletes) {
            return new Forbidden("import.rule.legal_basis_refused");
        }
        if (requested == ConsentState.ACCEPTED && objected) {
            return new Forbidden("import.rule.profile_objected");
        }
        if (requested == ConsentState.ACCEPTED && doubleOptInApplies && !doubleOptInConfirmed) {
            return new Forbidden("import.rule.double_opt_in_unconfirmed");
        }
        return new Change(requested, EventType.IMPORTED);
    }

    private static boolean refusedLegalBasis(PurposeKind kind, ConsentState from) {
        return kind == PurposeKind.LEGAL_BASIS && from == ConsentState.REFUSED;
    }

    private static Outcome accept(PurposeKind kind, ConsentState from, boolean doubleOptInApplies, boolean confirmed) {
        if (refusedLegalBasis(kind, from)) {
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
