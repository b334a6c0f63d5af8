package com.consentmanager.web.user;

import com.consentmanager.platform.BusinessException;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.Role;
import com.consentmanager.user.boundary.ConsoleUserManagement;
import com.consentmanager.user.boundary.ConsoleUserView;
import com.consentmanager.web.ConsoleMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * Backs the "add a user" form of {@code /console/users.xhtml}. The password is typed twice; the
 * boundary checks the username, the role and the password policy.
 */
@Named
@ViewScoped
public class NewUserBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("username", "add:new-username", "role", "add:new-role",
            "password", "add:new-password", "passwordConfirmation", "add:new-password-confirmation");

    @EJB
    private ConsoleUserManagement management;

    @Inject
    private ConsoleMessages messages;

    private String username;
    private Role role;
    private String password;
    private String confirmation;

    public void add() {
        try {
            if (!Objects.equals(password, confirmation)) {
                throw InvalidInputException.of("passwordConfirmation", "user.password.confirmation_mismatch");
            }
            ConsoleUserView added = management.createUser(username, role, password);
            messages.info("users.add.done", added.getUsername(), messages.text("Role." + added.getRole().name()));
            username = null;
            role = null;
            password = null;
            confirmation = null;
        } catch (BusinessException e) {
            messages.refusal(e, FIELDS);
        }
    }

    public String getUsername() { return username; }

    public void setUsername(String username) { this.username = username; }

    public Role getRole() { return role; }

    public void setRole(Role role) { this.role = role; }

    public String getPassword() { return password; }

    public void setPassword(String password) { this.password = password; }

    public String getConfirmation() { return confirmation; }

    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
