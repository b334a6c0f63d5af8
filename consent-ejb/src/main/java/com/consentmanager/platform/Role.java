package com.consentmanager.platform;

/**
 * What a console user may do. ADMIN: everything. OPERATOR: operations, imports, profiles, no
 * configuration. AUDITOR: read-only, evidence and audit exports.
 */
public enum Role {
    ADMIN, OPERATOR, AUDITOR;

    /** Role names as declared in web.xml and {@code @RolesAllowed}. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String OPERATOR_NAME = "OPERATOR";
    public static final String AUDITOR_NAME = "AUDITOR";
}
