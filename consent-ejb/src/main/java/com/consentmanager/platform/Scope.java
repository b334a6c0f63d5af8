package com.consentmanager.platform;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an API caller may do. API keys carry scopes; console users get the scopes their role
 * implies. A scope is also a security role (its {@link #roleName()}), so that EJB boundaries check
 * API keys and console users with the same {@code @RolesAllowed}.
 */
public enum Scope {
    CONFIG_READ(Scope.CONFIG_READ_NAME, Role.ADMIN, Role.OPERATOR, Role.AUDITOR),
    CONFIG_WRITE(Scope.CONFIG_WRITE_NAME, Role.ADMIN),
    GATE_READ(Scope.GATE_READ_NAME, Role.ADMIN, Role.OPERATOR, Role.AUDITOR),
    PROFILES_WRITE(Scope.PROFILES_WRITE_NAME, Role.ADMIN, Role.OPERATOR),
    IMPORTS_WRITE(Scope.IMPORTS_WRITE_NAME, Role.ADMIN, Role.OPERATOR),
    OPERATIONS_WRITE(Scope.OPERATIONS_WRITE_NAME, Role.ADMIN, Role.OPERATOR);

    public static final String CONFIG_READ_NAME = "config:read";
    public static final String CONFIG_WRITE_NAME = "config:write";
    public static final String GATE_READ_NAME = "gate:read";
    public static final String PROFILES_WRITE_NAME = "profiles:write";
    public static final String IMPORTS_WRITE_NAME = "imports:write";
    public static final String OPERATIONS_WRITE_NAME = "operations:write";

    private final String roleName;
    private final Set<Role> impliedBy;

    Scope(String roleName, Role... impliedBy) {
        this.roleName = roleName;
        this.impliedBy = EnumSet.copyOf(Arrays.asList(impliedBy));
    }

    /** The scope as API clients and security checks spell it, e.g. {@code config:read}. */
    public String roleName() {
        return roleName;
    }

    /** The console roles that have this scope without an API key. */
    public Set<Role> impliedBy() {
        return EnumSet.copyOf(impliedBy);
    }

    public static Optional<Scope> named(String name) {
        return Arrays.stream(values()).filter(scope -> scope.roleName.equals(name)).findFirst();
    }
}
