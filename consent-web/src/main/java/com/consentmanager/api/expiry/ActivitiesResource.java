package com.consentmanager.api.expiry;

import com.consentmanager.api.ApiDocs;
import com.consentmanager.api.RequiresScope;
import com.consentmanager.expiry.boundary.ActivityOperations;
import com.consentmanager.expiry.boundary.ActivityRecording;
import com.consentmanager.expiry.boundary.ActivityReport;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.Scope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

import static com.consentmanager.api.Bodies.required;

/** Activities over REST: a thin layer over {@link ActivityRecording}. */
@RequestScoped
@Path("v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresScope(Scope.PROFILES_WRITE)
@Tag(name = "Activities")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class ActivitiesResource {

    @EJB
    ActivityRecording activities;

    @POST
    @Operation(summary = "Record one activity of a person (its type must be a known one, its time not in the future)")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(type = SchemaType.OBJECT,
            properties = @SchemaProperty(name = "id", type = SchemaType.INTEGER, format = "int64"))))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response record(ActivityJson body) {
        ActivityReport report = required(body).report("");
        long id = activities.recordActivity(report.getProfile(), report.getType(), report.getOccurredAt(), report.getSource(),
                report.getReference());
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder().add("id", id).build()).build();
    }

    @POST
    @Path("bulk")
    @Operation(summary = "Record up to 10,000 activities, all or nothing")
    @APIResponse(responseCode = "201", description = "All recorded", content = @Content(schema = @Schema(type = SchemaType.OBJECT,
            properties = @SchemaProperty(name = "recorded", type = SchemaType.INTEGER, format = "int32"))))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response recordAll(BulkActivitiesJson body) {
        List<ActivityJson> given = required(body).activities();
        if (given == null || given.isEmpty()) {
            throw InvalidInputException.of("activities", "activity.bulk.empty");
        }
        if (given.size() > ActivityOperations.BULK_MAX) {
            throw InvalidInputException.of("activities", "activity.bulk.too_many", ActivityOperations.BULK_MAX);
        }
        List<ActivityReport> reports = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            ActivityJson activity = given.get(i);
            if (activity == null) {
                throw InvalidInputException.of("activities[" + i + "]", "activity.required");
            }
            reports.add(activity.report("activities[" + i + "]."));
        }
        int recorded = activities.recordActivities(reports);
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder().add("recorded", recorded).build()).build();
    }
}
