package com.consentmanager.web.security;

import com.consentmanager.user.boundary.ConsoleUserDirectory;
import com.consentmanager.user.control.PasswordHashing;
import com.consentmanager.user.control.PasswordPolicy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Creates the first console administrator when the application starts on an empty user table.
 * Its password comes from the configuration ({@code consent.admin.password}, i.e. the environment
 * variable {@code CONSENT_ADMIN_PASSWORD} that the run command generates and prints), never from a
 * committed file.
 */
@ApplicationScoped
public class FirstAdministrator {

    static final String CREATED_LOG = "Created the first console administrator";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    private static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    @EJB
    ConsoleUserDirectory directory;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    @ConfigProperty(name = "consent.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "consent.admin.password")
    Optional<String> password;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        if (password.isEmpty() || password.get().isBlank()) {
            if (directory.findAccount(username).isEmpty()) {
                LOG.warning("No console administrator yet: set CONSENT_ADMIN_PASSWORD (at least "
                        + MIN_PASSWORD_LENGTH + " characters) and restart to create '" + username + "'");
            }
            return;
        }
        if (password.get().length() < MIN_PASSWORD_LENGTH) {
            LOG.severe("CONSENT_ADMIN_PASSWORD is shorter than " + MIN_PASSWORD_LENGTH + " characters: not used");
            return;
        }
        passwordHash.initialize(PasswordHashing.PARAMETERS);
        if (directory.createFirstAdministrator(username, passwordHash.generate(password.get().toCharArray()))) {
            LOG.info(CREATED_LOG + " '" + username + "'");
        }
    }
}
