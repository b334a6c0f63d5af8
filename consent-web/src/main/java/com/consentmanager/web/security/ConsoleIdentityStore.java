package com.consentmanager.web.security;

import com.consentmanager.user.boundary.ConsoleAccount;
import com.consentmanager.user.boundary.ConsoleUserDirectory;
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
 */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

    @EJB
    ConsoleUserDirectory directory;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    private String decoyHash;

    @PostConstruct
    void init() {
        passwordHash.initialize(PasswordHashing.PARAMETERS);
        decoyHash = passwordHash.generate("decoy-password-for-unknown-users".toCharArray());
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        if (username == null || username.isBlank() || username.length() > 64) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<ConsoleAccount> account = directory.findAccount(username.strip());
        boolean matches = passwordHash.verify(credential.getPassword().getValue(),
                account.map(ConsoleAccount::passwordHash).orElse(decoyHash));
        if (account.isEmpty() || !matches || !account.get().enabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.get().username(), Set.of(account.get().role().name()));
    }
}
