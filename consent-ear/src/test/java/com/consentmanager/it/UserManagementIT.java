package com.consentmanager.it;

import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.Role;
import com.consentmanager.user.boundary.ConsoleAccount;
import com.consentmanager.user.boundary.ConsoleUserDirectory;
import com.consentmanager.user.boundary.ConsoleUserManagement;
import com.consentmanager.user.boundary.ConsoleUserView;
import com.consentmanager.user.boundary.UserFilter;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.assertj.core.groups.Tuple;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Console users and roles through {@link ConsoleUserManagement}, in the server, on PostgreSQL.
 * Calls run as the principal {@value #CALLER} with the role ADMIN ({@link AsAdmin}). Every test
 * uses usernames of its own.
 */
@ExtendWith(ArquillianExtension.class)
class UserManagementIT {

    /** The run-as principal of {@link AsAdmin} (test glassfish-ejb-jar.xml). */
    static final String CALLER = "it-admin";
    static final String PASSWORD = "correct horse battery staple";

    @Deployment
    static EnterpriseArchive deployment() {
        return ConsentDeployments.earWithTests(UserManagementIT.class, AsAdmin.class);
    }

    @EJB
    ConsoleUserManagement users;

    @EJB
    ConsoleUserDirectory directory;

    @EJB
    AsAdmin asAdmin;

    @Resource(lookup = "jdbc/consent")
    DataSource database;

    @Test
    void createdUserIsListedEnabledWithItsRoleAndCanSignIn() {
        String name = unique("alice");

        ConsoleUserView created = admin(() -> users.createUser("  " + name + "  ", Role.OPERATOR, PASSWORD));

        assertThat(created.getUsername()).isEqualTo(name);
        assertThat(created.getRole()).isEqualTo(Role.OPERATOR);
        assertThat(created.isEnabled()).isTrue();
        assertThat(admin(() -> users.listUsers(new UserFilter(name, null, null), 0, 10)))
                .extracting(ConsoleUserView::getUsername).containsExactly(name);
        ConsoleAccount account = directory.findAccount(name).orElseThrow();
        assertThat(account.passwordHash()).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain(PASSWORD);
    }

    @Test
    void aUsernameIsTakenWhateverItsCase() {
        String name = unique("bob");
        admin(() -> users.createUser(name, Role.AUDITOR, PASSWORD));

        ConflictException duplicate = refused(ConflictException.class,
                () -> users.createUser(name.toUpperCase(), Role.ADMIN, PASSWORD));

        assertThat(duplicate.getViolations()).extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("username", "user.username.taken"));
        assertThat(countUsers(name)).isEqualTo(1);
    }

    @Test
    void badUsernameMissingRoleAndWeakPasswordsAreRefusedFieldByFieldAndNothingIsWritten() throws SQLException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String spaced = "jean dupont " + suffix;
        String name = unique("carol");

        InvalidInputException all = refused(InvalidInputException.class,
                () -> users.createUser(spaced, null, "short"));
        InvalidInputException tooShortName = refused(InvalidInputException.class,
                () -> users.createUser("ab", Role.OPERATOR, PASSWORD));
        InvalidInputException containsName = refused(InvalidInputException.class,
                () -> users.createUser(name, Role.OPERATOR, "My-" + name.toUpperCase() + "-pass"));

        assertThat(all.getViolations()).extracting(FieldViolation::field, FieldViolation::messageKey).containsExactly(
                tuple("username", "user.username.characters"), tuple("role", "user.role.required"),
                tuple("password", "user.password.too_short"));
        assertThat(tooShortName.getViolations()).extracting(FieldViolation::messageKey).containsExactly("user.username.length");
        assertThat(containsName.getViolations()).extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("password", "user.password.contains_username"));
        assertThat(countUsers(spaced) + countUsers(name)).isZero();
        assertThat(auditRows(name)).isEmpty();
    }

    @Test
    void usersArePagedAndFilteredByUsernameRoleAndStatus() {
        String prefix = unique("page");
        for (String letter : List.of("c", "a", "b", "d")) {
            admin(() -> users.createUser(prefix + "-" + letter, "d".equals(letter) ? Role.AUDITOR : Role.OPERATOR, PASSWORD));
        }
        admin(() -> users.disableUser(prefix + "-b"));
        UserFilter byPrefix = new UserFilter(prefix.toUpperCase(), null, null);

        assertThat(admin(() -> users.countUsers(byPrefix))).isEqualTo(4);
        assertThat(admin(() -> users.listUsers(byPrefix, 0, 3))).extracting(ConsoleUserView::getUsername)
                .containsExactly(prefix + "-a", prefix + "-b", prefix + "-c");
        assertThat(admin(() -> users.listUsers(byPrefix, 3, 3))).extracting(ConsoleUserView::getUsername)
                .containsExactly(prefix + "-d");
        assertThat(admin(() -> users.listUsers(new UserFilter(prefix, Role.AUDITOR, null), 0, 10)))
                .extracting(ConsoleUserView::getUsername).containsExactly(prefix + "-d");
        assertThat(admin(() -> users.listUsers(new UserFilter(prefix, null, false), 0, 10)))
                .extracting(ConsoleUserView::getUsername, ConsoleUserView::isEnabled).containsExactly(tuple(prefix + "-b", false));
        assertThat(admin(() -> users.countUsers(new UserFilter(prefix + "%", null, null)))).isZero();
    }

    @Test
    void disabledUserCannotSignInUntilEnabledAgain() {
        String name = unique("dave");
        admin(() -> users.createUser(name, Role.OPERATOR, PASSWORD));

        assertThat(admin(() -> users.disableUser(name)).isEnabled()).isFalse();
        assertThat(directory.findAccount(name).orElseThrow().enabled()).isFalse();

        assertThat(admin(() -> users.enableUser(name)).isEnabled()).isTrue();
        assertThat(directory.findAccount(name).orElseThrow().enabled()).isTrue();
    }

    @Test
    void theLastEnabledAdministratorCannotBeDisabled() {
        String last = unique("root");
        admin(() -> users.createUser(last, Role.ADMIN, PASSWORD));
        List<String> disabledHere = new ArrayList<>();
        try {
            for (ConsoleUserView other : admin(() -> users.listUsers(new UserFilter(null, Role.ADMIN, true), 0, 100))) {
                if (!other.getUsername().equals(last)) {
                    admin(() -> users.disableUser(other.getUsername()));
                    disabledHere.add(other.getUsername());
                }
            }

            ConflictException lastOne = refused(ConflictException.class,
                    () -> users.disableUser(last));

            assertThat(lastOne.getMessageKey()).isEqualTo("user.disable.last_admin");
            assertThat(directory.findAccount(last).orElseThrow().enabled()).isTrue();
        } finally {
            disabledHere.forEach(name -> admin(() -> users.enableUser(name)));
        }
        assertThat(directory.findAccount(Credentials.ADMIN_USER).orElseThrow().enabled()).isTrue();
    }

    @Test
    void anAdministratorCanNeitherDisableNorResetTheirOwnAccount() {
        callerAccount();

        assertThat(refused(ConflictException.class, () -> users.disableUser(CALLER))
                .getMessageKey()).isEqualTo("user.disable.self");
        assertThat(refused(ConflictException.class,
                () -> { users.resetPassword(CALLER, "another long password"); return null; })
                .getMessageKey()).isEqualTo("user.password.reset_self");
        assertThat(directory.findAccount(CALLER).orElseThrow().enabled()).isTrue();
    }

    @Test
    void ownPasswordChangesOnlyWithTheCurrentOneAndAWellFormedNewOne() {
        callerAccount();
        String newPassword = "new " + UUID.randomUUID();

        InvalidInputException wrong = refused(InvalidInputException.class,
                () -> { users.changeOwnPassword("not the password", "short"); return null; });
        assertThat(wrong.getViolations()).extracting(FieldViolation::field, FieldViolation::messageKey).containsExactly(
                tuple("currentPassword", "user.password.current_wrong"), tuple("newPassword", "user.password.too_short"));

        admin(() -> { users.changeOwnPassword(PASSWORD, newPassword); return null; });
        try {
            assertThat(refused(InvalidInputException.class,
                    () -> { users.changeOwnPassword(PASSWORD, "yet another password"); return null; })
                    .getViolations()).extracting(FieldViolation::field).containsExactly("currentPassword");
        } finally {
            admin(() -> { users.changeOwnPassword(newPassword, PASSWORD); return null; });
        }
        assertThat(auditActions(CALLER)).contains("user.password_changed");
    }

    @Test
    void everyChangeIsAuditedByWhoMadeItWithoutPasswordsOrHashes() throws SQLException {
        String name = unique("erin");
        String resetTo = "reset " + UUID.randomUUID();
        admin(() -> users.createUser(name, Role.AUDITOR, PASSWORD));
        String firstHash = directory.findAccount(name).orElseThrow().passwordHash();
        admin(() -> users.disableUser(name));
        admin(() -> users.enableUser(name));
        admin(() -> { users.resetPassword(name, resetTo); return null; });
        String secondHash = directory.findAccount(name).orElseThrow().passwordHash();

        List<Tuple> rows = auditRows(name);

        assertThat(rows).extracting(row -> row.toList().get(0)).containsExactly(
                "user.created", "user.disabled", "user.enabled", "user.password_reset");
        assertThat(rows).extracting(row -> row.toList().get(1)).containsOnly(CALLER);
        assertThat(rows.get(0).toList().get(2).toString()).contains("AUDITOR");
        assertThat(secondHash).isNotEqualTo(firstHash);
        for (Tuple row : rows) {
            assertThat(String.valueOf(row.toList().get(2))).doesNotContain(PASSWORD, resetTo, firstHash, secondHash,
                    firstHash.split(":")[2], secondHash.split(":")[3]);
        }
    }

    @Test
    void anonymousCallersAreRefused() {
        String name = unique("mallory");

        assertThat(catchThrowable(() -> users.listUsers(UserFilter.everyone(), 0, 10))).isInstanceOf(EJBAccessException.class);
        assertThat(catchThrowable(() -> users.createUser(name, Role.ADMIN, PASSWORD))).isInstanceOf(EJBAccessException.class);
        assertThat(catchThrowable(() -> users.disableUser(Credentials.ADMIN_USER))).isInstanceOf(EJBAccessException.class);
        assertThat(catchThrowable(() -> users.changeOwnPassword(PASSWORD, PASSWORD + "!"))).isInstanceOf(EJBAccessException.class);
        assertThat(countUsers(name)).isZero();
    }

    /**
     * The console account of the run-as principal, so that "own account" rules apply to the test's
     * calls. An OPERATOR account on purpose: it never counts among the enabled administrators.
     */
    private void callerAccount() {
        if (directory.findAccount(CALLER).isEmpty()) {
            admin(() -> users.createUser(CALLER, Role.OPERATOR, PASSWORD));
        }
    }

    /**
     * What the boundary refused, caught inside {@link AsAdmin}: past it, its own container would
     * wrap the business exception of another module into an EJBException.
     */
    private <T extends Throwable> T refused(Class<T> type, Callable<?> work) {
        Throwable failure = asAdmin.failure(work);
        assertThat(failure).isInstanceOf(type);
        return type.cast(failure);
    }

    private <T> T admin(Callable<T> work) {
        try {
            return asAdmin.call(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long countUsers(String username) {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from console_user where lower(username) = lower(?)")) {
            query.setString(1, username.strip());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** (action, actor, details) of the user's audit rows, oldest first. */
    private List<Tuple> auditRows(String username) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select action, actor, details from audit_event where target_type = 'console_user'"
                             + " and target_key = ? order by id")) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                List<Tuple> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(tuple(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
                return result;
            }
        }
    }

    private List<Object> auditActions(String username) {
        try {
            return auditRows(username).stream().map(row -> row.toList().get(0)).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
