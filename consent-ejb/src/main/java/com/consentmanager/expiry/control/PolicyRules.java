package com.consentmanager.expiry.control;

import com.consentmanager.expiry.boundary.ExpiryPolicy;
import com.consentmanager.platform.FieldViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What an expiry policy must satisfy: a duration of 1 to 36,500 days, declared types that can prolong, re-permission before expiry. */
public final class PolicyRules {

    private PolicyRules() {
    }

    /** @param known every declared type with whether it can prolong */
    public static List<FieldViolation> check(ExpiryPolicy policy, Map<String, Boolean> known) {
        List<FieldViolation> violations = new ArrayList<>();
        if (policy.getDays() < 1 || policy.getDays() > ExpiryPolicy.MAX_DAYS) {
            violations.add(new FieldViolation("days", "expiry.days.range", ExpiryPolicy.MAX_DAYS));
        }
        for (String type : policy.getProlongingTypes()) {
            Boolean prolongs = known.get(type);
            if (prolongs == null) {
                violations.add(new FieldViolation("prolongingTypes", "activity.type.unknown", type));
            } else if (!prolongs) {
                violations.add(new FieldViolation("prolongingTypes", "expiry.type.never_prolongs", type));
            }
        }
        Integer before = policy.getRepermissionDays();
        if (before != null && (before < 1 || before >= policy.getDays())) {
            violations.add(new FieldViolation("repermissionDays", "expiry.repermission.range", policy.getDays()));
        }
        return violations;
    }

    public static boolean wellFormedType(String type) {
        return type != null && type.matches("[A-Z][A-Z0-9_]{1,63}");
    }
}
