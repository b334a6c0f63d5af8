package com.consentmanager.bench.server;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.sql.SQLException;

/**
 * Starts a loop of {@link GateLoops}: {@code GET loops/gate} or {@code GET loops/jdbc} with
 * {@code checks}, {@code profiles}, {@code seed}, {@code channel}, {@code purpose}; answers
 * {@code checks}, {@code nanos} and {@code allowed}, one {@code name=value} line each.
 */
@Path("loops")
public class LoopResource {

    @EJB
    GateLoops loops;

    @GET
    @Path("{kind}")
    @Produces(MediaType.TEXT_PLAIN)
    public String loop(@PathParam("kind") String kind, @QueryParam("checks") int checks, @QueryParam("profiles") int profiles,
                       @QueryParam("seed") long seed, @QueryParam("channel") @DefaultValue("email") String channel,
                       @QueryParam("purpose") @DefaultValue("commercial_email") String purpose) throws SQLException {
        GateLoops.Result result = switch (kind) {
            case "gate" -> loops.throughGate(checks, profiles, seed, channel, purpose);
            case "jdbc" -> loops.rawJdbc(checks, profiles, seed, channel, purpose);
            default -> throw new BadRequestException("gate or jdbc");
        };
        return "checks=" + result.checks() + "\nnanos=" + result.nanos() + "\nallowed=" + result.allowed() + "\n";
    }
}
