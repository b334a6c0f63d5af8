package com.consentmanager.api.gate;

import com.consentmanager.api.ApiDocs;
import com.consentmanager.api.QueryFields;
import com.consentmanager.api.RequiresScope;
import com.consentmanager.api.profile.ProfileJson;
import com.consentmanager.gate.boundary.AudienceQuery;
import com.consentmanager.gate.boundary.Gate;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.SafeCsv;
import com.consentmanager.platform.Scope;
import com.consentmanager.profile.boundary.ProfileReference;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The contact gate over REST: one person ({@code GET /api/v1/gate}), a list ({@code POST
 * /api/v1/gate/filter}), a whole audience streamed as NDJSON or CSV ({@code GET
 * /api/v1/gate/audience}), written row by row as one query with a server-side cursor reads it, so
 * the audience is never held in memory (EJB callers read it in pages instead). It holds no state
 * of a request: one instance serves them all (the gate is the API's hot path).
 */
@ApplicationScoped
@Path("v1/gate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresScope(Scope.GATE_READ)
@Tag(name = "Gate")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class GateResource {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";

    @EJB
    Gate gate;

    @GET
    @Operation(summary = "One person (email, externalId or phone) on a channel, for a purpose or for any purpose")
    @APIResponse(responseCode = "200", description = "The answer",
            content = @Content(schema = @Schema(implementation = AnswerJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public AnswerJson check(@QueryParam("channel") String channel, @QueryParam("purpose") String purpose,
                            @QueryParam("email") String email, @QueryParam("externalId") String externalId,
                            @QueryParam("phone") String phone) {
        ProfileReference profile = new ProfileJson(email, externalId, phone).reference("profile");
        try {
            return AnswerJson.of(gate.canContact(profile, purpose, channel));
        } catch (InvalidInputException e) {
            throw QueryFields.renamed(e, "profiles[0].");
        }
    }

    @POST
    @Path("filter")
    @Operation(summary = "The answer for each person of a list (at most 10,000), in the list's order")
    @APIResponse(responseCode = "200", description = "One answer per person, in the order given",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AnswerJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public List<AnswerJson> filter(FilterJson body) {
        if (body == null || body.profiles() == null) {
            throw InvalidInputException.of("profiles", "gate.profiles.required");
        }
        List<ProfileReference> profiles = new ArrayList<>(body.profiles().size());
        for (int i = 0; i < body.profiles().size(); i++) {
            ProfileJson profile = body.profiles().get(i);
            if (profile == null) {
                throw InvalidInputException.of("profiles[" + i + "]", "profile.reference.required");
            }
            profiles.add(profile.reference("profiles[" + i + "]"));
        }
        return gate.filter(profiles, body.purpose(), body.channel()).stream().map(AnswerJson::of).toList();
    }

    @POST
    @Path("unsubscribe-links")
    @Operation(summary = "The unsubscribe headers (RFC 2369, RFC 8058) and preference-centre link for one mail to a person;"
            + " its one-click link withdraws the purpose on the channel (every purpose on it when none is named)")
    @APIResponse(responseCode = "200", description = "The two header values and the link (a new personal link each call)",
            content = @Content(schema = @Schema(implementation = UnsubscribeHeadersJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public UnsubscribeHeadersJson unsubscribeLinks(UnsubscribeLinkJson body) {
        if (body == null || body.profile() == null) {
            throw InvalidInputException.of("profile", "profile.reference.required");
        }
        return UnsubscribeHeadersJson.of(gate.unsubscribeHeaders(body.profile().reference("profile"), body.purpose(), body.channel()));
    }

    @GET
    @Path("audience")
    @Produces({NDJSON, CSV})
    @Operation(summary = "Everyone contactable on a channel about a purpose, streamed (format=ndjson or csv)")
    @APIResponse(responseCode = "200", description = "One contact a line (key, email, phone, language): NDJSON objects, or CSV"
            + " with that header", content = {@Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response audience(@QueryParam("channel") String channel, @QueryParam("purpose") String purpose,
                             @QueryParam("format") @DefaultValue("ndjson") String format) {
        boolean csv = "csv".equals(format);
        if (!csv && !"ndjson".equals(format)) {
            throw InvalidInputException.of("format", "audience.format.unknown", format);
        }
        AudienceQuery audience = gate.openAudience(purpose, channel);
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            SafeCsv printer = csv ? SafeCsv.open(writer, "key", "email", "phone", "language") : null;
            // One JSON-P generator per line, straight onto the response (no object built, no string per line);
            // closing a generator closes its writer: the lines' writer does not pass that on.
            JsonGeneratorFactory json = JsonProvider.provider().createGeneratorFactory(Map.of());
            Writer lines = new FilterWriter(writer) {
                @Override
                public void close() {
                }
            };
            gate.streamAudience(audience, contact -> {
                if (printer != null) {
                    printer.row(contact.getKey(), contact.getEmail(), contact.getPhone(), contact.getLanguage());
                } else {
                    try (JsonGenerator line = json.createGenerator(lines)) {
                        line.writeStartObject().write("key", contact.getKey());
                        write(line, "email", contact.getEmail());
                        write(line, "phone", contact.getPhone());
                        write(line, "language", contact.getLanguage());
                        line.writeEnd();
                    }
                    writer.write('\n');
                }
            });
            if (printer != null) {
                printer.flush();
            }
            writer.flush();
        };
        return Response.ok(body, csv ? CSV + "; charset=UTF-8" : NDJSON)
                .header("Content-Disposition", csv ? "attachment; filename=\"audience-" + channel + ".csv\"" : null)
                .build();
    }

    private static void write(JsonGenerator line, String name, String value) {
        if (value == null) {
            line.writeNull(name);
        } else {
            line.write(name, value);
        }
    }
}
