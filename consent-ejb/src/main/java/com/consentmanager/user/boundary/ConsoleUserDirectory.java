package com.consentmanager.user.boundary;

import com.consentmanager.audit.control.AuditLog;
import com.consentmanager.platform.Role;
import com.consentmanager.user.entity.ConsoleUser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The console users: looked up at sign-in, and the first administrator created at the first start
 * from a password given by the run command or the environment (never from a committed file).
 */
@Stateless
public class ConsoleUserDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    public Optional<ConsoleAccount> findAccount(String username) {
        return em.createNamedQuery(ConsoleUser.BY_USERNAME_IGNORING_CASE, ConsoleUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(user -> new ConsoleAccount(user.getUsername(), user.getPasswordHash(), user.getRole(),
                        user.isEnabled()));
    }

    /**
     * Creates the first administrator when no console user exists yet; does nothing otherwise.
     * A transaction-scoped advisory lock makes two starting instances agree.
     *
     * @return whether the administrator was created now
     */
    public boolean createFirstAdministrator(String username, String passwordHash) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('console_user.first_admin'))").getSingleResult();
        long users = em.createNamedQuery(ConsoleUser.COUNT, Long.class).getSingleResult();
        if (users > 0) {
            return false;
        }
        em.persist(new ConsoleUser(username, passwordHash, Role.ADMIN, clock.instant()));
        audit.record(() -> "system", "user.created", "console_user", username, Map.of("role", Role.ADMIN, "reason", "first start"));
        return true;
    }
}
