package com.consentmanager.api.profile;

import com.consentmanager.api.RequiresScope;
import com.consentmanager.profile.boundary.ProfileQueries;
import com.consentmanager.user.entity.Scope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Access and portability over REST (GDPR Art. 15/20): everything about one person as JSON, for
 * callers with {@code profiles:write} (API keys, ADMIN, OPERATOR). Every export is audited. Its root
 * path is {@code v1}, like {@code DecisionsResource}'s: a longer root path (v1/profiles...) would
 * hide that class's {@code profiles/withdrawals} and {@code profiles/objections} (404 on Jersey).
 */
@RequestScoped
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@RequiresScope(Scope.PROFILES_WRITE)
@Tag(name = "Profiles", description = "A person's data: export (Art. 15/20) and erasure (Art. 17)")
public class ProfileExportResource {

    @EJB
    ProfileQueries profiles;

    @GET
    @Path("profiles/export")
    @Operation(summary = "Everything about one person (email, externalId or phone) as JSON; the export is audited")
    public Response export(@QueryParam("email") String email, @QueryParam("externalId") String externalId,
                           @QueryParam("phone") String phone) {
        String document = profiles.export(new ProfileJson(email, externalId, phone).reference("profile"));
        return Response.ok(document, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"profile-export.json\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
