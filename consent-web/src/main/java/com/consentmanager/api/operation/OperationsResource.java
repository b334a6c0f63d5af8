package com.consentmanager.api.operation;

import com.consentmanager.api.ApiDocs;
import com.consentmanager.api.Bodies;
import com.consentmanager.api.Numbers;
import com.consentmanager.api.RequiresScope;
import com.consentmanager.operation.boundary.FormReceipt;
import com.consentmanager.operation.boundary.FormSubmission;
import com.consentmanager.operation.boundary.Offer;
import com.consentmanager.operation.boundary.OperationDraft;
import com.consentmanager.operation.boundary.OperationFilter;
import com.consentmanager.operation.boundary.OperationManagement;
import com.consentmanager.operation.boundary.OperationView;
import com.consentmanager.operation.boundary.ParticipantForms;
import com.consentmanager.operation.entity.OperationState;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.Scope;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/**
 * Marketing operations over REST (a thin layer over {@link OperationManagement}), and their forms
 * for sites that render them themselves: {@code GET {key}/form} says what to show,
 * {@code POST {key}/submissions} records what the person chose there (the caller passes the
 * person's IP address and user agent).
 */
@RequestScoped
@Path("v1/operations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresScope(Scope.CONFIG_READ)
@Tag(name = "Operations")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class OperationsResource {

    static final int MAX_LIMIT = 200;

    @EJB
    OperationManagement operations;

    @EJB
    ParticipantForms forms;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "A page of operations, filtered by state and text (key or name), most recently changed first")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(schema = @Schema(implementation = OperationPage.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public OperationPage list(@QueryParam("state") String state, @QueryParam("q") String text,
                              @QueryParam("offset") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) String offsetParameter,
                              @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) String limitParameter) {
        int offset = Numbers.of("offset", offsetParameter, 0);
        int limit = Numbers.of("limit", limitParameter, 50);
        if (offset < 0) {
            throw InvalidInputException.of("offset", "error.paging.offset");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "error.paging.limit", MAX_LIMIT);
        }
        OperationFilter filter = new OperationFilter(text, state == null || state.isBlank() ? null : state(state));
        return new OperationPage(operations.listOperations(filter, offset, limit), operations.countOperations(filter), offset, limit);
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One operation with its data-acquisition settings, form version and submission count")
    @APIResponse(responseCode = "200", description = "The operation",
            content = @Content(schema = @Schema(implementation = OperationView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public OperationView get(@PathParam("key") String key) {
        return operations.getOperation(key);
    }

    @POST
    @RequiresScope(Scope.OPERATIONS_WRITE)
    @Operation(summary = "Create an operation (as a draft); its key is generated from the name unless given")
    @APIResponse(responseCode = "201", description = "Created; Location gives its address",
            content = @Content(schema = @Schema(implementation = OperationView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response create(OperationDraft draft) {
        OperationView created = operations.createOperation(Bodies.required(draft));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.getKey()).build()).entity(created).build();
    }

    @PUT
    @Path("{key}")
    @RequiresScope(Scope.OPERATIONS_WRITE)
    @Operation(summary = "Change an operation's name, dates or key (the key only before its first submission)")
    @APIResponse(responseCode = "200", description = "The operation as changed",
            content = @Content(schema = @Schema(implementation = OperationView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public OperationView update(@PathParam("key") String key, OperationDraft draft) {
        return operations.updateOperation(key, Bodies.required(draft));
    }

    @PUT
    @Path("{key}/form-settings")
    @RequiresScope(Scope.OPERATIONS_WRITE)
    @Operation(summary = "The data-acquisition tab: purposes offered in form order, their channels, answer required or not")
    @APIResponse(responseCode = "200", description = "The operation with its new settings",
            content = @Content(schema = @Schema(implementation = OperationView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public OperationView configure(@PathParam("key") String key, FormSettingsInput input) {
        List<Offer> offers = Bodies.required(input).getOffers();
        if (offers == null) {
            // An empty form is [] on purpose; null would clear it by accident.
            throw InvalidInputException.of("offers", "operation.offers.required");
        }
        return operations.configureForm(key, offers);
    }

    @POST
    @Path("{key}/state")
    @RequiresScope(Scope.OPERATIONS_WRITE)
    @Operation(summary = "Put an operation live, close it, or reopen it")
    @APIResponse(responseCode = "200", description = "The operation in its new state",
            content = @Content(schema = @Schema(implementation = OperationView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public OperationView changeState(@PathParam("key") String key, StateInput input) {
        String state = Bodies.required(input).getState();
        if (state == null || state.isBlank()) {
            throw InvalidInputException.of("state", "operation.state.required");
        }
        return operations.changeState(key, state(state));
    }

    @GET
    @Path("{key}/form-versions/{number}")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "A kept form version as it was rendered, in a language (its SHA-256 is that of this text in UTF-8)")
    @APIResponse(responseCode = "200", description = "The form version as rendered",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public String formVersion(@PathParam("key") String key, @PathParam("number") int number, @QueryParam("lang") String language) {
        return operations.formContent(key, number, language);
    }

    @GET
    @Path("{key}/form")
    @RequiresScope(Scope.PROFILES_WRITE)
    @Operation(summary = "What the operation's form shows now, in a language (fr or en): send its formVersion back with the submission")
    @APIResponse(responseCode = "200", description = "The form",
            content = @Content(schema = @Schema(implementation = FormRepresentation.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public FormRepresentation form(@PathParam("key") String key, @QueryParam("lang") @DefaultValue("fr") String language) {
        return FormRepresentation.of(forms.form(key, language));
    }

    @POST
    @Path("{key}/submissions")
    @RequiresScope(Scope.PROFILES_WRITE)
    @Operation(summary = "Record a form filled on another site: answers checked against the form version, evidence, double opt-in")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = FormReceipt.class)))
    @APIResponse(responseCode = "200", description = "Already recorded: the same nonce came before, nothing was written again",
            content = @Content(schema = @Schema(implementation = FormReceipt.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response submit(@PathParam("key") String key, FormSubmission submission) {
        FormReceipt receipt = forms.submit(key, Bodies.required(submission));
        return Response.status(receipt.isDuplicate() ? Response.Status.OK : Response.Status.CREATED).entity(receipt).build();
    }

    private static OperationState state(String state) {
        return Arrays.stream(OperationState.values()).filter(value -> value.name().equals(state.strip())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("state", "operation.state.unknown", state));
    }
}
