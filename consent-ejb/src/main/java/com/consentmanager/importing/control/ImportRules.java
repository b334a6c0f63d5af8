package com.consentmanager.importing.control;

import com.consentmanager.profile.entity.ConsentState;
import com.consentmanager.purpose.entity.PurposeKind;

import java.time.Instant;

/**
 * What an import does to one stored status (DOMAIN.md rules 7 and 10):
 * <ul>
 * <li>a blank cell changes nothing, unless the import runs with "empty fields delete data": then
 * the status becomes UNKNOWN (SPREAD's reset, the only way an import lifts a refused legal basis);</li>
 * <li>a legal basis REFUSED is never made ACCEPTED, nor UNKNOWN outside that reset mode; nor is a
 * profile that objected made ACCEPTED: such cells are refused and reported;</li>
 * <li>a value equal to the stored state changes nothing (re-importing a file writes nothing), nor
 * does a value dated before the stored status (an old file never overwrites a newer choice);</li>
 * <li>an import never asks for double opt-in: an imported acceptance is ACCEPTED at once.</li>
 * </ul>
 */
public final class ImportRules {

    private ImportRules() {
    }

    public sealed interface Outcome permits Change, NoChange, Forbidden {
    }

    public record Change(ConsentState to) implements Outcome {
    }

    /** Nothing to do; {@code counted} when the cell had a value (a blank cell is not "unchanged", it is silent). */
    public record NoChange(boolean counted) implements Outcome {
    }

    public record Forbidden(String reason) implements Outcome {
    }

    /**
     * @param from      the stored state (UNKNOWN when there is none)
     * @param fromTime  when the stored state was set; null when there is none
     * @param requested the cell's state, null when blank
     * @param time      the cell's date, null when none
     */
    public static Outcome decide(PurposeKind kind, ConsentState from, Instant fromTime, ConsentState requested, Instant time,
                                 boolean emptyDeletes, boolean objected) {
        if (requested == null) {
            return emptyDeletes && from != ConsentState.UNKNOWN ? new Change(ConsentState.UNKNOWN) : new NoChange(false);
        }
        if (requested == from || time != null && fromTime != null && time.isBefore(fromTime)) {
            return new NoChange(true);
        }
        boolean refusedLegalBasis = kind == PurposeKind.LEGAL_BASIS && from == ConsentState.REFUSED;
        if (requested == ConsentState.ACCEPTED && refusedLegalBasis
                || requested == ConsentState.UNKNOWN && refusedLegalBasis && !emptyDeletes) {
            return new Forbidden("import.rule.legal_basis_refused");
        }
        if (requested == ConsentState.ACCEPTED && objected) {
            return new Forbidden("import.rule.profile_objected");
        }
        return new Change(requested);
    }
}
