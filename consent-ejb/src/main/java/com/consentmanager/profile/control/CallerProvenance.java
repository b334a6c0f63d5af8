package com.consentmanager.profile.control;

import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.Role;
import com.consentmanager.profile.entity.SourceType;
import jakarta.ejb.SessionContext;

/**
 * Which source a caller of a public view (REST, local or remote EJB) may record under (DOMAIN.md
 * rule 12): provenance is decided by the entry point, never declared by the caller. Such a caller is
 * an API client; it may record as an admin only when it holds the ADMIN role (the admin's reason is
 * then required by the decision rules). Forms, imports, the double opt-in confirmation, the expiry
 * sweep, the preference centre and the unsubscribe link record through their own entry points, which
 * set their source themselves: a caller asking for one of those is refused, nothing is written.
 */
public final class CallerProvenance {

    private CallerProvenance() {
    }

    /** The source to record: API_CLIENT when none is asked. */
    public static SourceType admitted(SourceType asked, SessionContext caller, String field) {
        if (!allowed(asked, caller)) {
            throw InvalidInputException.of(field, "origin.source.not_allowed", asked.name());
        }
        return asked == null ? SourceType.API_CLIENT : asked;
    }

    /** Whether the caller may record under the source asked (none asked: API_CLIENT). */
    public static boolean allowed(SourceType asked, SessionContext caller) {
        return asked == null || asked == SourceType.API_CLIENT
                || asked == SourceType.ADMIN && caller.isCallerInRole(Role.ADMIN_NAME);
    }
}
