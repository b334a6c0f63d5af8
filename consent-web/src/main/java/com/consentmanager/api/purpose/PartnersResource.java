package com.consentmanager.api.purpose;

import com.consentmanager.api.ApiDocs;
import com.consentmanager.api.Bodies;
import com.consentmanager.api.Flags;
import com.consentmanager.api.RequiresScope;
import com.consentmanager.platform.Scope;
import com.consentmanager.purpose.boundary.PartnerManagement;
import com.consentmanager.purpose.boundary.PartnerView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import java.util.List;

/** Partners over REST: a thin layer over {@link PartnerManagement}. */
@RequestScoped
@Path("v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresScope(Scope.CONFIG_READ)
@Tag(name = "Partners")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class PartnersResource {

    @EJB
    PartnerManagement partners;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Active partners by name; with includeRemoved=true, removed ones too")
    @APIResponse(responseCode = "200", description = "The partners",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PartnerRepresentation.class)))
    public List<PartnerRepresentation> list(
            @QueryParam("includeRemoved") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String includeRemoved) {
        return partners.listPartners(Flags.of("includeRemoved", includeRemoved, false)).stream().map(PartnerRepresentation::of).toList();
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One partner by key, with its purposes")
    @APIResponse(responseCode = "200", description = "The partner",
            content = @Content(schema = @Schema(implementation = PartnerRepresentation.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public PartnerRepresentation get(@PathParam("key") String key) {
        return PartnerRepresentation.of(partners.getPartner(key));
    }

    @POST
    @RequiresScope(Scope.CONFIG_WRITE)
    @Operation(summary = "Add a partner; its partner consent (email, CONSENT) is created with it")
    @APIResponse(responseCode = "201", description = "Added; Location gives its address",
            content = @Content(schema = @Schema(implementation = PartnerRepresentation.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response create(PartnerInput input) {
        PartnerView created = partners.createPartner(Bodies.required(input).draft());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.getKey()).build())
                .entity(PartnerRepresentation.of(created))
                .build();
    }

    @PUT
    @Path("{key}")
    @RequiresScope(Scope.CONFIG_WRITE)
    @Operation(summary = "Rename a partner or change its privacy notice link")
    @APIResponse(responseCode = "200", description = "The partner as changed",
            content = @Content(schema = @Schema(implementation = PartnerRepresentation.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public PartnerRepresentation update(@PathParam("key") String key, PartnerInput input) {
        return PartnerRepresentation.of(partners.updatePartner(key, Bodies.required(input).draft()));
    }

    @DELETE
    @Path("{key}")
    @RequiresScope(Scope.CONFIG_WRITE)
    @Operation(summary = "Remove a partner: its consents are archived, it leaves the public list, the record stays")
    @APIResponse(responseCode = "200", description = "The partner, removed (removing it again changes nothing)",
            content = @Content(schema = @Schema(implementation = PartnerRepresentation.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public PartnerRepresentation remove(@PathParam("key") String key) {
        return PartnerRepresentation.of(partners.removePartner(key));
    }

}
