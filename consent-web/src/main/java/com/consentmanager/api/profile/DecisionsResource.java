package com.consentmanager.api.profile;

import com.consentmanager.api.ApiDocs;
import com.consentmanager.api.RequiresScope;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.Scope;
import com.consentmanager.profile.boundary.ConsentRecording;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Recording decisions over REST: a thin layer over {@link ConsentRecording}. */
@RequestScoped
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresScope(Scope.PROFILES_WRITE)
@Tag(name = "Decisions")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class DecisionsResource {

    @EJB
    ConsentRecording recorder;

    @Context
    SecurityContext security;

    @POST
    @Path("submissions")
    @Operation(summary = "Record the choices of one submission, all or nothing; creates the profile if needed")
    @APIResponse(responseCode = "200", description = "What changed",
            content = @Content(schema = @Schema(implementation = DecisionJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public DecisionJson submit(SubmissionJson body) {
        return DecisionJson.of(recorder.record(required(body).submission(caller())));
    }

    @POST
    @Path("profiles/withdrawals")
    @Operation(summary = "Withdraw one purpose on one channel, one purpose, or everything")
    @APIResponse(responseCode = "200", description = "What changed",
            content = @Content(schema = @Schema(implementation = DecisionJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public DecisionJson withdraw(WithdrawalJson body) {
        WithdrawalJson withdrawal = required(body);
        return DecisionJson.of(recorder.withdraw(profile(withdrawal.profile()), withdrawal.purpose(), withdrawal.channel(),
                OriginJson.of(withdrawal.origin(), caller())));
    }

    @POST
    @Path("profiles/objections")
    @Operation(summary = "The person objects to all marketing (GDPR Art. 21): everything refused, profile suppressed")
    @APIResponse(responseCode = "200", description = "What changed",
            content = @Content(schema = @Schema(implementation = DecisionJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public DecisionJson object(ObjectionJson body) {
        ObjectionJson objection = required(body);
        return DecisionJson.of(recorder.object(profile(objection.profile()), OriginJson.of(objection.origin(), caller())));
    }

    private static com.consentmanager.profile.boundary.ProfileReference profile(ProfileJson profile) {
        if (profile == null) {
            throw InvalidInputException.of("profile", "profile.reference.required");
        }
        return profile.reference("profile");
    }

    private String caller() {
        return security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "error.body_required");
        }
        return body;
    }
}
