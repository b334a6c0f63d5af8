package com.consentmanager.api.purpose;

import com.consentmanager.api.ApiDocs;
import com.consentmanager.api.Bodies;
import com.consentmanager.api.Flags;
import com.consentmanager.api.Numbers;
import com.consentmanager.api.RequiresScope;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.Scope;
import com.consentmanager.purpose.boundary.PurposeFilter;
import com.consentmanager.purpose.boundary.PurposeManagement;
import com.consentmanager.purpose.boundary.PurposeView;
import com.consentmanager.purpose.entity.PurposeKind;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/** Purposes over REST: a thin layer over {@link PurposeManagement}. */
@RequestScoped
@Path("v1/purposes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresScope(Scope.CONFIG_READ)
@Tag(name = "Purposes")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class PurposesResource {

    static final int MAX_LIMIT = 200;

    @EJB
    PurposeManagement purposes;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "A page of purposes, filtered by kind, partner, channel, active and text (key or subject)")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(schema = @Schema(implementation = PurposePage.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public PurposePage list(@QueryParam("kind") String kind, @QueryParam("partner") String partner,
                            @QueryParam("channel") String channel, @QueryParam("active") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String active,
                            @QueryParam("q") String text,
                            @QueryParam("offset") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) String offsetParameter,
                            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) String limitParameter) {
        int offset = Numbers.of("offset", offsetParameter, 0);
        int limit = Numbers.of("limit", limitParameter, 50);
        if (offset < 0) {
            throw InvalidInputException.of("offset", "error.paging.offset");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "error.paging.limit", MAX_LIMIT);
        }
        PurposeFilter filter = new PurposeFilter().setKind(kind(kind)).setPartner(partner).setChannel(channel)
                .setActive(Flags.optional("active", active)).setText(text);
        List<PurposeRepresentation> items = purposes.listPurposes(filter, offset, limit).stream()
                .map(PurposeRepresentation::of).toList();
        return new PurposePage(items, purposes.countPurposes(filter), offset, limit);
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One purpose by key, with the texts of the version in force")
    @APIResponse(responseCode = "200", description = "The purpose",
            content = @Content(schema = @Schema(implementation = PurposeRepresentation.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public PurposeRepresentation get(@PathParam("key") String key) {
        return PurposeRepresentation.of(purposes.getPurpose(key));
    }

    @GET
    @Path("{key}/versions")
    @Operation(summary = "Every version of a purpose's texts, newest first")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PurposeVersionRepresentation.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public List<PurposeVersionRepresentation> versions(@PathParam("key") String key) {
        return purposes.listVersions(key).stream().map(PurposeVersionRepresentation::of).toList();
    }

    @GET
    @Path("{key}/versions/{number}")
    @Operation(summary = "One version of a purpose's texts")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(schema = @Schema(implementation = PurposeVersionRepresentation.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public PurposeVersionRepresentation version(@PathParam("key") String key, @PathParam("number") int number) {
        return PurposeVersionRepresentation.of(purposes.getVersion(key, number));
    }

    @POST
    @RequiresScope(Scope.CONFIG_WRITE)
    @Operation(summary = "Add a consent or a legal basis; its key is generated from the French subject unless given")
    @APIResponse(responseCode = "201", description = "Added; Location gives its address",
            content = @Content(schema = @Schema(implementation = PurposeRepresentation.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response create(PurposeInput input) {
        PurposeView created = purposes.createPurpose(Bodies.required(input).draft());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.getKey()).build())
                .entity(PurposeRepresentation.of(created))
                .build();
    }

    @PUT
    @Path("{key}")
    @RequiresScope(Scope.CONFIG_WRITE)
    @Operation(summary = "Replace a purpose's configuration; a change of any text makes a new version")
    @APIResponse(responseCode = "200", description = "The purpose as changed",
            content = @Content(schema = @Schema(implementation = PurposeRepresentation.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public PurposeRepresentation update(@PathParam("key") String key, PurposeInput input) {
        return PurposeRepresentation.of(purposes.updatePurpose(key, Bodies.required(input).draft()));
    }

    @POST
    @Path("{key}/archive")
    @RequiresScope(Scope.CONFIG_WRITE)
    @Operation(summary = "Archive a purpose (default consents cannot be archived)")
    @APIResponse(responseCode = "200", description = "The purpose, archived",
            content = @Content(schema = @Schema(implementation = PurposeRepresentation.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public PurposeRepresentation archive(@PathParam("key") String key) {
        return PurposeRepresentation.of(purposes.archivePurpose(key));
    }

    @POST
    @Path("{key}/restore")
    @RequiresScope(Scope.CONFIG_WRITE)
    @Operation(summary = "Make an archived purpose active again")
    @APIResponse(responseCode = "200", description = "The purpose, active",
            content = @Content(schema = @Schema(implementation = PurposeRepresentation.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public PurposeRepresentation restore(@PathParam("key") String key) {
        return PurposeRepresentation.of(purposes.restorePurpose(key));
    }

    @DELETE
    @Path("{key}")
    @RequiresScope(Scope.CONFIG_WRITE)
    @Operation(summary = "Delete a purpose that was never used (a used one is archived instead)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response delete(@PathParam("key") String key) {
        purposes.deletePurpose(key);
        return Response.noContent().build();
    }

    private static PurposeKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return Arrays.stream(PurposeKind.values()).filter(k -> k.name().equals(kind.strip())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("kind", "purpose.kind.unknown", kind));
    }

}
