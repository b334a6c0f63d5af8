package com.consentmanager.web.user;

import com.consentmanager.platform.BusinessException;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.Role;
import com.consentmanager.user.boundary.ConsoleUserManagement;
import com.consentmanager.user.boundary.ConsoleUserView;
import com.consentmanager.web.ConsoleMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Backs {@code /console/users.xhtml}: the lazy users table and its filters, disabling and enabling
 * a user, and the "reset the password" dialog. The rules live in {@link ConsoleUserManagement};
 * adding a user is {@link NewUserBacking}.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "list:users";
    private static final Map<String, String> RESET_FIELDS = Map.of("password", "reset:reset-password",
            "passwordConfirmation", "reset:reset-password-confirmation");

    @EJB
    private ConsoleUserManagement management;

    @Inject
    private ConsoleMessages messages;

    @Inject
    private UserTable users;

    private String resetUsername;
    private String resetPassword;
    private String resetConfirmation;

    /** The filters changed: back to the first page. */
    public void filter() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void disable(String username) {
        try {
            management.disableUser(username);
            messages.info("users.disable.done", username);
        } catch (BusinessException e) {
            messages.refusal(e, Map.of());
        }
    }

    public void enable(String username) {
        try {
            management.enableUser(username);
            messages.info("users.enable.done", username);
        } catch (BusinessException e) {
            messages.refusal(e, Map.of());
        }
    }

    public String disableQuestion(ConsoleUserView user) {
        return messages.text("users.disable.question", user.getUsername());
    }

    public void startReset(String username) {
        resetUsername = username;
        resetPassword = null;
        resetConfirmation = null;
    }

    public void reset() {
        try {
            if (!Objects.equals(resetPassword, resetConfirmation)) {
                throw InvalidInputException.of("passwordConfirmation", "user.password.confirmation_mismatch");
            }
            management.resetPassword(resetUsername, resetPassword);
            messages.info("users.reset.done", resetUsername);
            cancelReset();
        } catch (BusinessException e) {
            messages.refusal(e, RESET_FIELDS);
        }
    }

    public void cancelReset() {
        startReset(null);
    }

    public UserTable getUsers() { return users; }

    public List<Role> getRoles() { return List.of(Role.values()); }

    /** Whose password the dialog resets; null when the dialog is closed. */
    public String getResetUsername() { return resetUsername; }

    public String getResetPassword() { return resetPassword; }

    public void setResetPassword(String resetPassword) { this.resetPassword = resetPassword; }

    public String getResetConfirmation() { return resetConfirmation; }

    public void setResetConfirmation(String resetConfirmation) { this.resetConfirmation = resetConfirmation; }
}
