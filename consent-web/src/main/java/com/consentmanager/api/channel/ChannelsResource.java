package com.consentmanager.api.channel;

import com.consentmanager.api.Bodies;
import com.consentmanager.api.RequiresScope;
import com.consentmanager.channel.boundary.ChannelChange;
import com.consentmanager.channel.boundary.ChannelManagement;
import com.consentmanager.channel.boundary.ChannelView;
import com.consentmanager.channel.boundary.NewChannel;
import com.consentmanager.user.entity.Scope;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Channels over REST: a thin layer over {@link ChannelManagement}. */
@RequestScoped
@Path("v1/channels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresScope(Scope.CONFIG_READ)
@Tag(name = "Channels", description = "The ways of contacting people: email, sms, phone, site and custom ones")
public class ChannelsResource {

    @EJB
    ChannelManagement channels;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "List every channel, built-in ones first")
    public List<ChannelRepresentation> list() {
        return channels.listChannels().stream().map(ChannelRepresentation::of).toList();
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One channel by key")
    public ChannelRepresentation get(@PathParam("key") String key) {
        return ChannelRepresentation.of(channels.getChannel(key));
    }

    @POST
    @RequiresScope(Scope.CONFIG_WRITE)
    @Operation(summary = "Add a channel; its key is generated from the name unless given")
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
    public ChannelRepresentation update(@PathParam("key") String key, ChannelInput input) {
        ChannelInput body = Bodies.required(input);
        return ChannelRepresentation.of(channels.updateChannel(key, new ChannelChange(body.key(), body.publicNames())));
    }

    @DELETE
    @RequiresScope(Scope.CONFIG_WRITE)
    @Path("{key}")
    @Operation(summary = "Delete a custom channel that no purpose uses")
    public Response delete(@PathParam("key") String key) {
        channels.deleteChannel(key);
        return Response.noContent().build();
    }

}
