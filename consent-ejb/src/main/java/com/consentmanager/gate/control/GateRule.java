package com.consentmanager.gate.control;

import com.consentmanager.gate.boundary.GateReason;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the statuses found for a reference into an answer (DOMAIN.md rule 8). Several records may
 * answer for one person (the same email under an email key and under external ids): among the
 * records that have a status, the least permissive wins (REFUSED, then PENDING, then UNKNOWN,
 * then ACCEPTED); an objection on any of them refuses everything. Without a purpose, the person is
 * contactable when at least one purpose covering the channel is accepted.
 */
public final class GateRule {

    private GateRule() {
    }

    /**
     * One row found: a profile (objected or not) and, if it has one, its status for a purpose.
     * {@code state} is {@link #RECONSENT} for an acceptance given on a text older than the purpose
     * requires (a material change under "block").
     */
    public record Row(long profileId, boolean objected, Long purposeId, String state) {
    }

    /** The state of an acceptance that stands on a text version the purpose no longer accepts. */
    public static final String RECONSENT = "RECONSENT";

    public static GateReason answer(Collection<Row> rows, boolean withPurpose) {
        if (rows.isEmpty()) {
            return GateReason.UNKNOWN_PROFILE;
        }
        if (rows.stream().anyMatch(Row::objected)) {
            return GateReason.OBJECTED;
        }
        Map<Long, Integer> leastPermissive = new HashMap<>();
        for (Row row : rows) {
            if (row.purposeId() != null && row.state() != null) {
                leastPermissive.merge(row.purposeId(), rank(row.state()), Math::max);
            }
        }
        if (leastPermissive.containsValue(ACCEPTED)) {
            return GateReason.ACCEPTED;
        }
        if (leastPermissive.containsValue(PENDING)) {
            return GateReason.PENDING_DOUBLE_OPT_IN;
        }
        if (leastPermissive.containsValue(STALE)) {
            return GateReason.RECONSENT_REQUIRED;
        }
        if (leastPermissive.containsValue(REFUSED) && (withPurpose || !leastPermissive.containsValue(UNKNOWN))) {
            return GateReason.REFUSED;
        }
        return withPurpose ? GateReason.NOT_ACCEPTED : GateReason.NO_ACCEPTED_PURPOSE;
    }

    private static final int ACCEPTED = 0;
    private static final int UNKNOWN = 1;
    private static final int STALE = 2;
    private static final int PENDING = 3;
    private static final int REFUSED = 4;

    private static int rank(String state) {
        return switch (state) {
            case "ACCEPTED" -> ACCEPTED;
            case "PENDING" -> PENDING;
            case RECONSENT -> STALE;
            case "REFUSED" -> REFUSED;
            default -> UNKNOWN;
        };
    }
}
