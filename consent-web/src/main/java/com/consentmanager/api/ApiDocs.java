package com.consentmanager.api;

/**
 * Names the OpenAPI annotations of the resources share (annotation values must be compile-time
 * constants): the security schemes, and the error answers declared once in {@link ApiApplication}
 * that operations refer to, e.g. {@code @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)}.
 */
public final class ApiDocs {

    /** An API key as a Bearer token. */
    public static final String BEARER = "bearer";
    /** A console user's name and password. */
    public static final String BASIC = "basic";

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";

    private ApiDocs() {
    }
}
