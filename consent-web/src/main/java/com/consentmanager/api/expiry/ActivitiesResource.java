package com.consentmanager.api.expiry;

import com.consentmanager.api.RequiresScope;
import com.consentmanager.expiry.boundary.ActivityOperations;
import com.consentmanager.expiry.boundary.ActivityRecording;
import com.consentmanager.expiry.boundary.ActivityReport;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.user.entity.Scope;
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
@Tag(name = "Activities", description = "What people do (orders, clicks...): what keeps their statuses from expiring")
public class ActivitiesResource {

    @EJB
    ActivityRecording activities;

    @POST
    @Operation(summary = "Record one activity of a person (400: unknown type or future time; 404: unknown person)")
    public Response record(ActivityJson body) {
        ActivityReport report = required(body).report("");
        long id = activities.recordActivity(report.getProfile(), report.getType(), report.getOccurredAt(), report.getSource(),
                report.getReference());
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder().add("id", id).build()).build();
    }

    @POST
    @Path("bulk")
    @Operation(summary = "Record up to 10,000 activities, all or nothing")
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
