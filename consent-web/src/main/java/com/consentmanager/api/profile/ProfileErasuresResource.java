package com.consentmanager.api.profile;

import com.consentmanager.api.RequiresScope;
import com.consentmanager.api.problem.Problems;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.profile.boundary.ProfileDetail;
import com.consentmanager.profile.boundary.ProfileQueries;
import com.consentmanager.user.entity.Role;
import com.consentmanager.user.entity.Scope;
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
@Tag(name = "Profiles", description = "A person's data: export (Art. 15/20) and erasure (Art. 17)")
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
