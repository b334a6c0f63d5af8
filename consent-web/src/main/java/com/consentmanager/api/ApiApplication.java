package com.consentmanager.api;

import com.consentmanager.api.problem.Problem;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API. Every resource lives under a version ({@code /api/v1/...}), speaks JSON, and
 * answers errors as {@code application/problem+json}. Its OpenAPI document is written at build
 * time from the annotations here (tags, security schemes, the shared error answers) and on the
 * resources (each names one tag declared here), and served by {@link OpenApiResource}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Consent Manager API", version = "1",
                description = "Channels, purposes, statuses and the contact gate of Consent Manager. Every call is signed in,"
                        + " with an API key (Bearer) whose scopes allow the operation, or with a console user's HTTP Basic"
                        + " credentials whose role allows it. Errors are RFC 9457 problems naming the refused fields."),
        servers = @Server(url = "/consent", description = "This server"),
        security = {@SecurityRequirement(name = ApiDocs.BEARER), @SecurityRequirement(name = ApiDocs.BASIC)},
        tags = {
                @Tag(name = "Gate", description = "May we contact this person, on this channel, about this purpose?"),
                @Tag(name = "Decisions", description = "What people accept, refuse, withdraw and object to, recorded with evidence"),
                @Tag(name = "Profiles", description = "A person's data: export (Art. 15/20) and erasure (Art. 17)"),
                @Tag(name = "Activities", description = "What people do (orders, clicks...): what keeps their statuses from expiring"),
                @Tag(name = "Purposes", description = "Consents and legal bases, their channels and the versions of their texts"),
                @Tag(name = "Channels", description = "The ways of contacting people: email, sms, phone, site and custom ones"),
                @Tag(name = "Partners", description = "Third parties whose offers people may accept with a partner consent"),
                @Tag(name = "Receipts", description = "Consent receipts (ISO/IEC TS 27560): open to whoever holds a receipt's id"),
                @Tag(name = "Operations", description = "Marketing operations, their data-acquisition form and its submissions"),
                @Tag(name = "Imports", description = "Consent imports: dry run, run, progress, error report"),
                @Tag(name = "Exports", description = "Statuses (in the import format) and the evidence ledger as CSV")},
        components = @Components(
                securitySchemes = {
                        @SecurityScheme(securitySchemeName = ApiDocs.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
                                description = "An API key (cm_...), made in the console; its scopes decide what it may call"),
                        @SecurityScheme(securitySchemeName = ApiDocs.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
                                description = "A console user's name and password; the user's role decides what it may call")},
                responses = {
                        @APIResponse(name = ApiDocs.BAD_REQUEST, description = "Bad input: the problem names each refused field",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.UNAUTHORIZED, description = "No valid API key or console credentials",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.FORBIDDEN, description = "Signed in, but without the scope or role the operation needs",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.NOT_FOUND, description = "Nothing has this key (or id)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.CONFLICT, description = "The current state forbids it (a key taken, a built-in entry,"
                                + " a concurrent change...)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))}))
public class ApiApplication extends Application {
}
