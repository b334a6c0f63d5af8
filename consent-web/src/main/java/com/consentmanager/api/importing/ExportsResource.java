package com.consentmanager.api.importing;

import com.consentmanager.api.ApiDocs;
import com.consentmanager.api.RequiresScope;
import com.consentmanager.importing.boundary.ConsentExport;
import com.consentmanager.platform.Scope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Statuses and evidence as CSV, streamed: the statuses in the import's format (an export re-imports to no change). */
@RequestScoped
@Path("v1/exports")
@RequiresScope(Scope.IMPORTS_WRITE)
@Tag(name = "Exports")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class ExportsResource {

    @EJB
    ConsentExport export;

    @GET
    @Path("statuses")
    @Produces("text/csv")
    @Operation(summary = "Current statuses in the import format: email, external_id, <purpose>.<channel> and its _date "
            + "(accepted or refused; blank for unknown and pending)")
    @APIResponse(responseCode = "200", description = "The statuses, as a CSV attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class)))
    public Response statuses() {
        return csv("statuses.csv", export::statuses);
    }

    @GET
    @Path("evidence")
    @Produces("text/csv")
    @Operation(summary = "The evidence ledger, one line per consent event, oldest first")
    @APIResponse(responseCode = "200", description = "The evidence, as a CSV attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class)))
    public Response evidence() {
        return csv("evidence.csv", export::evidence);
    }

    /** A CSV attachment written as the writer goes (UTF-8, buffered). */
    static Response csv(String name, Consumer<Writer> write) {
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
            write.accept(writer);
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
