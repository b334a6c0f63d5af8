package com.consentmanager.web.user;

import com.consentmanager.platform.BusinessException;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.user.boundary.ConsoleUserManagement;
import com.consentmanager.web.ConsoleMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;
import java.util.Objects;

/**
 * Backs {@code /console/account.xhtml}: any signed-in user changes their own password, giving the
 * current one and the new one twice.
 */
@Named
@RequestScoped
public class AccountBacking {

    private static final Map<String, String> FIELDS = Map.of("currentPassword", "password:current-password",
            "newPassword", "password:new-password", "newPasswordConfirmation", "password:new-password-confirmation");

    @EJB
    private ConsoleUserManagement management;

    @Inject
    private ConsoleMessages messages;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public void changePassword() {
        try {
            if (!Objects.equals(newPassword, confirmation)) {
                throw InvalidInputException.of("newPasswordConfirmation", "user.password.confirmation_mismatch");
            }
            management.changeOwnPassword(currentPassword, newPassword);
            messages.info("account.password.done");
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        } catch (BusinessException e) {
            messages.refusal(e, FIELDS);
        }
    }

    public String getCurrentPassword() { return currentPassword; }

    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }

    public String getNewPassword() { return newPassword; }

    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }

    public String getConfirmation() { return confirmation; }

    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}

