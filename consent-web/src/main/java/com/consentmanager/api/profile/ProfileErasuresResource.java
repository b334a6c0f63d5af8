package com.consentmanager.api.profile;

import com.consentmanager.api.ApiDocs;
import com.consentmanager.api.RequiresScope;
import com.consentmanager.api.problem.Problems;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.Role;
import com.consentmanager.platform.Scope;
import com.consentmanager.profile.boundary.ProfileDetail;
import com.consentmanager.profile.boundary.ProfileQueries;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Erasure over REST (GDPR Art. 17), for console administrators only: no API key scope grants it, so
 * an API key (and any user without the ADMIN role) gets 403 before the boundary is called. Root
 * path {@code v1}, as for {@link ProfileExportResource}.
 */
@RequestScoped
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresScope(Scope.PROFILES_WRITE)
@Tag(name = "Profiles")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class ProfileErasuresResource {

    @EJB
    ProfileQueries profiles;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @POST
    @Path("profiles/erasures")
    @Operation(summary = "Erase a person's identity (ADMIN console credentials only); statuses and evidence stay")
    @SecurityRequirement(name = ApiDocs.BASIC)
    @APIResponse(responseCode = "200", description = "Erased", content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = {
            @SchemaProperty(name = "profileId", type = SchemaType.INTEGER, format = "int64"),
            @SchemaProperty(name = "erasedAt", type = SchemaType.STRING, format = "date-time"),
            @SchemaProperty(name = "objected", type = SchemaType.BOOLEAN)})))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response erase(ErasureJson body) {
        if (!security.isUserInRole(Role.ADMIN_NAME)) {
            return Problems.response(Response.Status.FORBIDDEN, "error.forbidden", headers);
        }
        if (body == null || body.profile() == null) {
            throw InvalidInputException.of("profile", "profile.reference.required");
        }
        ProfileDetail erased = profiles.erase(body.profile().reference("profile"), body.reason());
        JsonObject answer = Json.createObjectBuilder()
                .add("profileId", erased.getId())
                .add("erasedAt", erased.getErasedAt().toString())
                .add("objected", erased.isObjected())
                .build();
        return Response.ok(answer.toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
