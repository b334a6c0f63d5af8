package com.consentmanager.user.boundary;

import com.consentmanager.platform.Role;

/** What the identity store needs to check a sign-in: never leaves the server. */
public record ConsoleAccount(String username, String passwordHash, Role role, boolean enabled) {
}
