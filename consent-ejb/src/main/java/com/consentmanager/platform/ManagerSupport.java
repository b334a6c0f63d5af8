package com.consentmanager.platform;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/** What the managers share around the persistence context and the caller. */
public final class ManagerSupport {

    private ManagerSupport() {
    }

    /**
     * Writes the pending changes now, inside the caller's transaction, so that a concurrent change
     * (a version that moved, a unique key taken meanwhile) is a {@link ConflictException} the caller
     * can show, not a failed commit.
     */
    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("error.concurrent_change");
        }
    }

    /** Who calls the bean, as the audit trail and the evidence name them ("anonymous" when nobody signed in). */
    public static String actor(SessionContext session) {
        return session.getCallerPrincipal() == null ? "anonymous" : session.getCallerPrincipal().getName();
    }
}
