package com.consentmanager.user.boundary;

import com.consentmanager.audit.control.AuditLog;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.ManagerSupport;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.platform.Role;
import com.consentmanager.user.control.PasswordHashing;
import com.consentmanager.user.control.PasswordPolicy;
import com.consentmanager.user.control.UserSearch;
import com.consentmanager.user.control.Usernames;
import com.consentmanager.user.entity.ConsoleUser;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Console users and roles ("Utilisateurs"): list, create, disable and enable, reset a password;
 * ADMIN only. Any signed-in user may change their own password, giving the current one. Passwords
 * arrive in plain text, are checked against {@link PasswordPolicy} and only their hash is stored;
 * the audit trail records every change, never a password or a hash. Rules that are not obvious:
 * an admin cannot disable their own account, nor the last enabled administrator (a lock makes two
 * admins disabling each other at the same time agree); an admin resets other people's passwords
 * only, their own goes through {@link #changeOwnPassword} which asks for the current one.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME})
@RolesAllowed(Role.ADMIN_NAME)
public class ConsoleUserManagement {

    static final String AUDIT_TARGET = "console_user";
    static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    PasswordHashing hashing;

    @Inject
    UserSearch search;

    @Resource
    SessionContext session;

    public long countUsers(UserFilter filter) {
        return search.count(filter.username(), filter.role(), filter.enabled());
    }

    /** One page of the users matching the filter, by username (at most {@value #MAX_PAGE_SIZE}). */
    public List<ConsoleUserView> listUsers(UserFilter filter, int first, int pageSize) {
        return search.page(filter.username(), filter.role(), filter.enabled(), Math.max(0, first),
                        Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE))
                .stream().map(ConsoleUserView::of).toList();
    }

    /** @throws ConflictException naming {@code username} when it is taken, whatever the case */
    public ConsoleUserView createUser(String username, Role role, String password) {
        String name = Usernames.normalise(username);
        List<FieldViolation> violations = new ArrayList<>();
        Usernames.check("username", name).ifPresent(violations::add);
        if (role == null) {
            violations.add(new FieldViolation("role", "user.role.required"));
        }
        PasswordPolicy.check("password", name, password).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (findIgnoringCase(name).isPresent()) {
            throw new ConflictException(new FieldViolation("username", "user.username.taken", name));
        }
        ConsoleUser user = new ConsoleUser(name, hashing.hash(password), role, clock.instant());
        em.persist(user);
        flush();
        audit.record(session.getCallerPrincipal(), "user.created", AUDIT_TARGET, name, Map.of("role", role));
        return ConsoleUserView.of(user);
    }

    public ConsoleUserView disableUser(String username) {
        ConsoleUser user = find(username);
        if (isCaller(user)) {
            throw new ConflictException("user.disable.self");
        }
        if (user.getRole() == Role.ADMIN && user.isEnabled()) {
            em.createNativeQuery("select pg_advisory_xact_lock(hashtext('console_user.enabled_admins'))").getSingleResult();
            long enabledAdmins = em.createNamedQuery(ConsoleUser.COUNT_ENABLED_WITH_ROLE, Long.class)
                    .setParameter("role", Role.ADMIN).getSingleResult();
            if (enabledAdmins <= 1) {
                throw new ConflictException("user.disable.last_admin", user.getUsername());
            }
        }
        if (user.isEnabled()) {
            user.disable(clock.instant());
            flush();
            audit.record(session.getCallerPrincipal(), "user.disabled", AUDIT_TARGET, user.getUsername(), Map.of());
        }
        return ConsoleUserView.of(user);
    }

    public ConsoleUserView enableUser(String username) {
        ConsoleUser user = find(username);
        if (!user.isEnabled()) {
            user.enable(clock.instant());
            flush();
            audit.record(session.getCallerPrincipal(), "user.enabled", AUDIT_TARGET, user.getUsername(), Map.of());
        }
        return ConsoleUserView.of(user);
    }

    /** An admin gives someone else a new password (a forgotten one); never their own. */
    public void resetPassword(String username, String newPassword) {
        ConsoleUser user = find(username);
        if (isCaller(user)) {
            throw new ConflictException("user.password.reset_self");
        }
        Optional<FieldViolation> weak = PasswordPolicy.check("password", user.getUsername(), newPassword);
        if (weak.isPresent()) {
            throw new InvalidInputException(List.of(weak.get()));
        }
        user.changePassword(hashing.hash(newPassword), clock.instant());
        flush();
        audit.record(session.getCallerPrincipal(), "user.password_reset", AUDIT_TARGET, user.getUsername(), Map.of());
    }

    /** The signed-in user changes their own password; the current one must be right. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        ConsoleUser user = find(session.getCallerPrincipal().getName());
        List<FieldViolation> violations = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            violations.add(new FieldViolation("currentPassword", "user.password.current_required"));
        } else if (!hashing.matches(currentPassword, user.getPasswordHash())) {
            violations.add(new FieldViolation("currentPassword", "user.password.current_wrong"));
        }
        Optional<FieldViolation> weak = PasswordPolicy.check("newPassword", user.getUsername(), newPassword);
        weak.ifPresent(violations::add);
        if (weak.isEmpty() && newPassword.equals(currentPassword)) {
            violations.add(new FieldViolation("newPassword", "user.password.unchanged"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        user.changePassword(hashing.hash(newPassword), clock.instant());
        flush();
        audit.record(session.getCallerPrincipal(), "user.password_changed", AUDIT_TARGET, user.getUsername(), Map.of());
    }

    private boolean isCaller(ConsoleUser user) {
        return user.getUsername().equals(session.getCallerPrincipal().getName());
    }

    private ConsoleUser find(String username) {
        return em.createNamedQuery(ConsoleUser.BY_USERNAME, ConsoleUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("user.not_found", username));
    }

    private Optional<ConsoleUser> findIgnoringCase(String username) {
        return em.createNamedQuery(ConsoleUser.BY_USERNAME_IGNORING_CASE, ConsoleUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** Surfaces a constraint the database enforces (a name taken by a concurrent request) as a conflict. */
    private void flush() {
        ManagerSupport.flush(em);
    }
}
