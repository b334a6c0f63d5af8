package com.consentmanager.web.security;

import com.consentmanager.user.boundary.ConsoleAccount;
import com.consentmanager.user.boundary.ConsoleUserDirectory;
import com.consentmanager.user.boundary.SignInAttempts;
import com.consentmanager.user.control.LoginThrottle;
import com.consentmanager.user.control.PasswordHashing;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Optional;
import java.util.Set;

/**
 * Checks console credentials against the PBKDF2 hashes of the {@code console_user} table. An
 * unknown user costs as much as a wrong password, so timing does not tell which users exist.
 * Failures are counted per user name: each one slows the answer down, and too many in a row lock
 * the name for a while (see {@link LoginThrottle}).
 */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

    private static final long DELAY_STEP_MILLIS = 400;
    private static final int MAX_DELAY_STEPS = 5;

    @EJB
    ConsoleUserDirectory directory;

    @EJB
    SignInAttempts attempts;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    private String decoyHash;

    @PostConstruct
    void init() {
        passwordHash.initialize(PasswordHashing.PARAMETERS);
        decoyHash = passwordHash.generate("decoy-password-for-unknown-users".toCharArray());
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller() == null ? "" : credential.getCaller().strip();
        if (username.isEmpty() || username.length() > 64) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        boolean locked = attempts.isLocked(username);
        Optional<ConsoleAccount> account = locked ? Optional.empty() : directory.findAccount(username);
        boolean matches = passwordHash.verify(credential.getPassword().getValue(),
                account.map(ConsoleAccount::passwordHash).orElse(decoyHash));
        if (account.isEmpty() || !matches || !account.get().enabled()) {
            slowDown(locked ? LoginThrottle.MAX_FAILURES : attempts.failed(username));
            return CredentialValidationResult.INVALID_RESULT;
        }
        attempts.succeeded(username);
        return new CredentialValidationResult(account.get().username(), Set.of(account.get().role().name()));
    }

    /** Each failure in a row makes the answer slower, up to two seconds. */
    private static void slowDown(int failures) {
        try {
            Thread.sleep(Math.min(failures, MAX_DELAY_STEPS) * DELAY_STEP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
