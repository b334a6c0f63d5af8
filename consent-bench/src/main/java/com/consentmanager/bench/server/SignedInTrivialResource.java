package com.consentmanager.bench.server;

import com.consentmanager.api.RequiresScope;
import com.consentmanager.platform.Scope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The trivial endpoint behind the API's sign-in: {@code /consent/api/v1/bench/trivial} (the API
 * application scans the web module, so it finds this class), with the API key and the scope check
 * of the gate, and the same constant answer as {@link TrivialResource}. Against it, (b) shows what
 * the gate itself costs, apart from what every signed-in API call costs.
 */
@Path("v1/bench/trivial")
@RequiresScope(Scope.GATE_READ)
public class SignedInTrivialResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String answer(@QueryParam("channel") String channel, @QueryParam("purpose") String purpose,
                         @QueryParam("email") String email) {
        return new TrivialResource().answer(channel, purpose, email);
    }
}
