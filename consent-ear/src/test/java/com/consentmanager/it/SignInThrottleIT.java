package com.consentmanager.it;

import com.consentmanager.user.control.LoginThrottle;
import com.consentmanager.web.security.ConsoleIdentityStore;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Repeated bad sign-ins are slowed down, then locked out, even with the right password. */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

    private static final String PASSWORD = "a-long-enough-password";

    @Deployment
    static EnterpriseArchive deployment() {
        return ConsentDeployments.earWithTests(SignInThrottleIT.class);
    }

    @Inject
    ConsoleIdentityStore identityStore;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Resource(lookup = "jdbc/consent")
    DataSource database;

    private String username;

    @BeforeEach
    void operatorAccount() throws SQLException {
        username = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
        execute("insert into console_user (username, password_hash, role, enabled, created_at, updated_at) "
                + "values (?, ?, 'OPERATOR', true, now(), now())", username, passwordHash.generate(PASSWORD.toCharArray()));
    }

    @Test
    void theRightPasswordSignsIn() {
        assertThat(signIn(PASSWORD).getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(signIn(PASSWORD).getCallerGroups()).containsExactly("OPERATOR");
    }

    @Test
    void eachFailureInARowIsSlowerAndTooManyLockTheAccountEvenForTheRightPassword() throws SQLException {
        long firstFailure = timed(() -> signIn("wrong-1"));
        for (int attempt = 2; attempt < LoginThrottle.MAX_FAILURES; attempt++) {
            assertThat(signIn("wrong-" + attempt).getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        }
        long lastFailure = timed(() -> signIn("wrong-last"));

        // Lower bounds only: the throttle sleeps at least 400 ms per failure in a row (up to 5).
        assertThat(firstFailure).isGreaterThanOrEqualTo(400);
        assertThat(lastFailure).isGreaterThanOrEqualTo(2000);
        assertThat(signIn(PASSWORD).getStatus()).as("locked").isEqualTo(CredentialValidationResult.Status.INVALID);

        execute("update login_throttle set locked_until = now() - interval '1 second' where username = ?", username);
        assertThat(signIn(PASSWORD).getStatus()).as("lock over").isEqualTo(CredentialValidationResult.Status.VALID);
    }

    @Test
    void aSuccessClearsTheFailures() {
        for (int attempt = 1; attempt < LoginThrottle.MAX_FAILURES; attempt++) {
            signIn("wrong-" + attempt);
        }
        assertThat(signIn(PASSWORD).getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);

        assertThat(signIn("wrong-again").getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(signIn(PASSWORD).getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
    }

    private CredentialValidationResult signIn(String password) {
        return identityStore.validate(new UsernamePasswordCredential(username, password));
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void execute(String sql, String... parameters) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
