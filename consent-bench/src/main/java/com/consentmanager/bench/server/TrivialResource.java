package com.consentmanager.bench.server;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The baseline of the REST measurement: a JAX-RS endpoint that takes the gate's query parameters and
 * answers a constant of the gate answer's size, without sign-in, EJB or database.
 */
@Path("trivial")
public class TrivialResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String answer(@QueryParam("channel") String channel, @QueryParam("purpose") String purpose,
                         @QueryParam("email") String email) {
        return "{\"profile\":\"" + email + "\",\"channel\":\"" + channel + "\",\"purpose\":\"" + purpose
                + "\",\"allowed\":true,\"reason\":\"ACCEPTED\"}";
    }
}
