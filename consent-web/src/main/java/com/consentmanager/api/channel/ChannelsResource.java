package com.consentmanager.api.channel;

import com.consentmanager.api.ApiDocs;
import com.consentmanager.api.Bodies;
import com.consentmanager.api.RequiresScope;
import com.consentmanager.channel.boundary.ChannelChange;
import com.consentmanager.channel.boundary.ChannelManagement;
import com.consentmanager.channel.boundary.ChannelView;
import com.consentmanager.channel.boundary.NewChannel;
import com.consentmanager.platform.Scope;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Channels over REST: a thin layer over {@link ChannelManagement}. */
@RequestScoped
@Path("v1/channels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresScope(Scope.CONFIG_READ)
@Tag(name = "Channels")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class ChannelsResource {

    @EJB
    ChannelManagement channels;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "List every channel, built-in ones first")
    @APIResponse(responseCode = "200", description = "Every channel",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ChannelRepresentation.class)))
    public List<ChannelRepresentation> list() {
        return channels.listChannels().stream().map(ChannelRepresentation::of).toList();
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One channel by key")
    @APIResponse(responseCode = "200", description = "The channel",
            content = @Content(schema = @Schema(implementation = ChannelRepresentation.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public ChannelRepresentation get(@PathParam("key") String key) {
        return ChannelRepresentation.of(channels.getChannel(key));
    }

    @POST
    @RequiresScope(Scope.CONFIG_WRITE)
    @Operation(summary = "Add a channel; its key is generated from the name unless given")
    @APIResponse(responseCode = "201", description = "Added; Location gives its address",
            content = @Content(schema = @Schema(implementation = ChannelRepresentation.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response create(ChannelInput input) {
        ChannelInput body = Bodies.required(input);
        ChannelView created = channels.createChannel(new NewChannel(body.name(), body.key(), body.publicNames()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.getKey()).build())
                .entity(ChannelRepresentation.of(created))
                .build();
    }

    @PUT
    @RequiresScope(Scope.CONFIG_WRITE)
    @Path("{key}")
    @Operation(summary = "Change a channel's key and/or public names")
    @APIResponse(responseCode = "200", description = "The channel as changed",
            content = @Content(schema = @Schema(implementation = ChannelRepresentation.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public ChannelRepresentation update(@PathParam("key") String key, ChannelInput input) {
        ChannelInput body = Bodies.required(input);
        return ChannelRepresentation.of(channels.updateChannel(key, new ChannelChange(body.key(), body.publicNames())));
    }

    @DELETE
    @RequiresScope(Scope.CONFIG_WRITE)
    @Path("{key}")
    @Operation(summary = "Delete a custom channel that no purpose uses")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response delete(@PathParam("key") String key) {
        channels.deleteChannel(key);
        return Response.noContent().build();
    }

}
