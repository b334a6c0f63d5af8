package com.consentmanager.api.importing;

import com.consentmanager.api.ApiDocs;
import com.consentmanager.api.Flags;
import com.consentmanager.api.RequiresScope;
import com.consentmanager.importing.boundary.ImportManager;
import com.consentmanager.importing.boundary.ImportOptions;
import com.consentmanager.importing.control.DateOrder;
import com.consentmanager.importing.control.Mappings;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.Scope;
import com.consentmanager.platform.TimeZoneSetting;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Encoding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Consent imports over REST: a thin layer over {@link ImportManager}. */
@RequestScoped
@Path("v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@RequiresScope(Scope.IMPORTS_WRITE)
@Tag(name = "Imports")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class ImportsResource {

    @EJB
    ImportManager imports;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a CSV file and queue its import; its header is checked at once")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file", properties = {
                    @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary", description = "The CSV file"),
                    @SchemaProperty(name = "dryRun", type = SchemaType.BOOLEAN, defaultValue = "true",
                            description = "Check and count only; false imports for real"),
                    @SchemaProperty(name = "emptyDeletes", type = SchemaType.BOOLEAN, defaultValue = "false",
                            description = "An empty cell sets the status back to UNKNOWN"),
                    @SchemaProperty(name = "allOrNothing", type = SchemaType.BOOLEAN, defaultValue = "false",
                            description = "Any line in error and nothing is written"),
                    @SchemaProperty(name = "dateOrder", type = SchemaType.STRING, enumeration = {"DAY_FIRST", "MONTH_FIRST"},
                            defaultValue = "DAY_FIRST", description = "How to read slashed dates"),
                    @SchemaProperty(name = "timeZone", type = SchemaType.STRING, defaultValue = TimeZoneSetting.DEFAULT_ZONE,
                            description = "The time zone of the file's dates; by default the company's, the setting consent.time-zone"),
                    @SchemaProperty(name = "mapping", type = SchemaType.STRING,
                            description = "One 'header=target' a line: a column's meaning, or empty to ignore it")}),
            encoding = @Encoding(name = "file", contentType = "text/csv, application/octet-stream")))
    @APIResponse(responseCode = "202", description = "Queued (a dry run unless dryRun=false); Location gives its address",
            content = @Content(schema = @Schema(implementation = ImportRepresentation.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Response submit(List<EntityPart> parts) throws IOException {
        Map<String, EntityPart> byName = new HashMap<>();
        for (EntityPart part : parts) {
            byName.put(part.getName(), part);
        }
        EntityPart file = byName.get("file");
        if (file == null) {
            throw new InvalidInputException(List.of(new FieldViolation("file", "import.file.unreadable")));
        }
        byte[] content = file.getContent().readAllBytes();
        ImportOptions options = new ImportOptions(Flags.of("dryRun", text(byName, "dryRun"), true),
                Flags.of("emptyDeletes", text(byName, "emptyDeletes"), false), Flags.of("allOrNothing", text(byName, "allOrNothing"), false),
                dateOrder(text(byName, "dateOrder")), text(byName, "timeZone"), Mappings.parse(text(byName, "mapping")));
        long id = imports.submit(file.getFileName().orElse(null), content, options);
        return Response.accepted(ImportRepresentation.of(imports.get(id), Instant.now()))
                .location(uriInfo.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "State, counts and progress of an import")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(schema = @Schema(implementation = ImportRepresentation.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public ImportRepresentation get(@PathParam("id") long id) {
        return ImportRepresentation.of(imports.get(id), Instant.now());
    }

    @POST
    @Path("{id}/run")
    @Operation(summary = "Run for real an import whose dry run is done")
    @APIResponse(responseCode = "202", description = "Queued to run",
            content = @Content(schema = @Schema(implementation = ImportRepresentation.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response run(@PathParam("id") long id) {
        imports.run(id);
        return accepted(id);
    }

    @POST
    @Path("{id}/stop")
    @Operation(summary = "Stop an import: a queued one does not start, a running one stops after its current chunk")
    @APIResponse(responseCode = "202", description = "Stopping, or stopped if it was queued",
            content = @Content(schema = @Schema(implementation = ImportRepresentation.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response stop(@PathParam("id") long id) {
        imports.stop(id);
        return accepted(id);
    }

    @POST
    @Path("{id}/restart")
    @Operation(summary = "Resume a failed or stopped import where it stopped")
    @APIResponse(responseCode = "202", description = "Queued to resume",
            content = @Content(schema = @Schema(implementation = ImportRepresentation.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response restart(@PathParam("id") long id) {
        imports.restart(id);
        return accepted(id);
    }

    @GET
    @Path("{id}/errors")
    @Produces("text/csv")
    @Operation(summary = "The per-line problems of an import as CSV: line, column, value, reason, message")
    @APIResponse(responseCode = "200", description = "The error report",
            content = @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response errors(@PathParam("id") long id) {
        imports.get(id);
        Locale locale = headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH : headers.getAcceptableLanguages().get(0);
        return ExportsResource.csv("import-" + id + "-errors.csv", writer -> imports.errors(id, locale, writer));
    }

    /** 202 with the import as it stands after an action. */
    private Response accepted(long id) {
        return Response.accepted(ImportRepresentation.of(imports.get(id), Instant.now())).build();
    }

    /** DAY_FIRST or MONTH_FIRST (any case); null when absent; anything else is a 400 problem naming the field. */
    private static DateOrder dateOrder(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DateOrder.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new FieldViolation("dateOrder", "import.options.date_order", value)));
        }
    }

    private static String text(Map<String, EntityPart> parts, String name) {
        EntityPart part = parts.get(name);
        try {
            return part == null ? null : part.getContent(String.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
