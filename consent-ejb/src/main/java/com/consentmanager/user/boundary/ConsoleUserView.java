package com.consentmanager.user.boundary;

import com.consentmanager.platform.Role;
import com.consentmanager.user.entity.ConsoleUser;

import java.io.Serializable;
import java.time.Instant;

/**
 * A console user as the console lists it: never the password hash. A class with getters, not a
 * record: Expression Language 5 (Faces pages) does not read record components.
 */
public final class ConsoleUserView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final Role role;
    private final boolean enabled;
    private final Instant createdAt;
    private final Instant updatedAt;

    public ConsoleUserView(String username, Role role, boolean enabled, Instant createdAt, Instant updatedAt) {
        this.username = username;
        this.role = role;
        this.enabled = enabled;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static ConsoleUserView of(ConsoleUser user) {
        return new ConsoleUserView(user.getUsername(), user.getRole(), user.isEnabled(), user.getCreatedAt(),
                user.getUpdatedAt());
    }

    public String getUsername() {
        return username;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        return "ConsoleUserView[" + username + ", " + role + (enabled ? "" : ", disabled") + "]";
    }
}
