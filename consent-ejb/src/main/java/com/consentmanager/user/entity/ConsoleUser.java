package com.consentmanager.user.entity;

import com.consentmanager.platform.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A person who signs in to the console (or calls the API with their credentials). Only a PBKDF2
 * hash of the password is stored. A disabled user keeps their row (the audit trail names them)
 * but can no longer sign in. Rules that need the other users (the last enabled administrator)
 * belong to the boundary.
 */
@Entity
@Table(name = "console_user")
@NamedQuery(name = ConsoleUser.BY_USERNAME, query = "select u from ConsoleUser u where u.username = :username")
@NamedQuery(name = ConsoleUser.COUNT, query = "select count(u) from ConsoleUser u")
@NamedQuery(name = ConsoleUser.BY_USERNAME_IGNORING_CASE,
        query = "select u from ConsoleUser u where lower(u.username) = lower(:username)")
@NamedQuery(name = ConsoleUser.COUNT_ENABLED_WITH_ROLE,
        query = "select count(u) from ConsoleUser u where u.role = :role and u.enabled = true")
public class ConsoleUser {

    public static final String BY_USERNAME = "ConsoleUser.byUsername";
    public static final String COUNT = "ConsoleUser.count";
    public static final String BY_USERNAME_IGNORING_CASE = "ConsoleUser.byUsernameIgnoringCase";
    public static final String COUNT_ENABLED_WITH_ROLE = "ConsoleUser.countEnabledWithRole";
    public static final int USERNAME_MAX_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = USERNAME_MAX_LENGTH)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Role role;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ConsoleUser() {
        // for JPA
    }

    public ConsoleUser(String username, String passwordHash, Role role, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void disable(Instant now) {
        if (enabled) {
            enabled = false;
            updatedAt = now;
        }
    }

    public void enable(Instant now) {
        if (!enabled) {
            enabled = true;
            updatedAt = now;
        }
    }

    /** Replaces the password; the caller checked the policy on the plain password and hashed it. */
    public void changePassword(String newPasswordHash, Instant now) {
        if (Objects.requireNonNull(newPasswordHash, "newPasswordHash").isBlank()) {
            throw new IllegalArgumentException("A password hash cannot be blank");
        }
        passwordHash = newPasswordHash;
        updatedAt = now;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
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
}
