package com.consentmanager.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API. Every resource lives under a version ({@code /api/v1/...}), speaks JSON, and
 * answers errors as {@code application/problem+json}. The OpenAPI document is served at
 * {@code /openapi}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Consent Manager API", version = "1",
                description = "Channels, purposes, statuses and the contact gate of Consent Manager."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {
}
