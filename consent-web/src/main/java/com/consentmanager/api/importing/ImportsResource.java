package com.consentmanager.api.importing;

import com.consentmanager.api.Flags;
import com.consentmanager.api.RequiresScope;
import com.consentmanager.importing.boundary.ImportManager;
import com.consentmanager.importing.boundary.ImportOptions;
import com.consentmanager.importing.control.DateOrder;
import com.consentmanager.importing.control.Mappings;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.user.entity.Scope;
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
@Tag(name = "Imports", description = "Consent imports: dry run, run, progress, error report")
public class ImportsResource {

    @EJB
    ImportManager imports;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a file (part 'file') and queue its import; parts dryRun, emptyDeletes, allOrNothing, "
            + "dateOrder (DAY_FIRST|MONTH_FIRST), timeZone, mapping ('header=target' lines)")
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
    public ImportRepresentation get(@PathParam("id") long id) {
        return ImportRepresentation.of(imports.get(id), Instant.now());
    }

    @POST
    @Path("{id}/run")
    @Operation(summary = "Run for real an import whose dry run is done")
    public Response run(@PathParam("id") long id) {
        imports.run(id);
        return accepted(id);
    }

    @POST
    @Path("{id}/stop")
    @Operation(summary = "Stop an import: a queued one does not start, a running one stops after its current chunk")
    public Response stop(@PathParam("id") long id) {
        imports.stop(id);
        return accepted(id);
    }

    @POST
    @Path("{id}/restart")
    @Operation(summary = "Resume a failed or stopped import where it stopped")
    public Response restart(@PathParam("id") long id) {
        imports.restart(id);
        return accepted(id);
    }

    @GET
    @Path("{id}/errors")
    @Produces("text/csv")
    @Operation(summary = "The per-line problems of an import as CSV: line, column, value, reason, message")
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
