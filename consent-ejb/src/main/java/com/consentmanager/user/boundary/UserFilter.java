package com.consentmanager.user.boundary;

import com.consentmanager.platform.Role;

import java.io.Serializable;

/**
 * Which console users to list: those whose username contains {@code username} (any case), with
 * this role, enabled or not. A null (or blank) criterion matches everyone.
 */
public record UserFilter(String username, Role role, Boolean enabled) implements Serializable {

    public static UserFilter everyone() {
        return new UserFilter(null, null, null);
    }
}
