package com.consentmanager.api.profile;

import com.consentmanager.api.ApiDocs;
import com.consentmanager.api.QueryFields;
import com.consentmanager.api.RequiresScope;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.Scope;
import com.consentmanager.profile.boundary.ProfileQueries;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
@Tag(name = "Profiles")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class ProfileExportResource {

    @EJB
    ProfileQueries profiles;

    @GET
    @Path("profiles/export")
    @Operation(summary = "Everything about one person (email, externalId or phone) as JSON; the export is audited")
    @APIResponse(responseCode = "200", description = "Everything kept about the person, as a JSON attachment",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response export(@QueryParam("email") String email, @QueryParam("externalId") String externalId,
                           @QueryParam("phone") String phone) {
        String document;
        try {
            document = profiles.export(new ProfileJson(email, externalId, phone).reference("profile"));
        } catch (InvalidInputException e) {
            throw QueryFields.renamed(e, "profile.");
        }
        return Response.ok(document, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"profile-export.json\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
