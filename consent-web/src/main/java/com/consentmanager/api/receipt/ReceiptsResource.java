package com.consentmanager.api.receipt;

import com.consentmanager.api.ApiDocs;
import com.consentmanager.api.PublicRoute;
import com.consentmanager.receipt.boundary.ReceiptView;
import com.consentmanager.receipt.boundary.Receipts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A consent receipt (ISO/IEC TS 27560, W3C DPV legal bases; JSON Schema
 * {@code receipt/consent-receipt.schema.json} in consent-ejb). Open without a key: the thank-you
 * page, the confirmation page and the preference centre link to it, and its id (a random UUID) is
 * the proof; the person is named only by their masked address. Rate-limited like public pages.
 */
@ApplicationScoped
@Path("v1/receipts")
@Produces(MediaType.APPLICATION_JSON)
@PublicRoute
@Tag(name = "Receipts")
public class ReceiptsResource {

    @EJB
    Receipts receipts;

    @GET
    @Path("{id}")
    @Operation(summary = "The receipt of one decision, by its id (DecisionResult.receiptId); no key needed")
    @Extension(name = "x-public", value = "true")
    @APIResponse(responseCode = "200", description = "The receipt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response receipt(@PathParam("id") String id) {
        ReceiptView receipt = receipts.find(id);
        return Response.ok(receipt.getJson(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "private, max-age=300").build();
    }
}
