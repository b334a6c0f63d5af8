package com.consentmanager.expiry.boundary;

import com.consentmanager.expiry.control.Activities;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.platform.Role;
import com.consentmanager.platform.Scope;
import com.consentmanager.profile.boundary.ProfileReference;
import com.consentmanager.profile.control.CallerProvenance;
import com.consentmanager.profile.control.ProfileReferences;
import com.consentmanager.profile.control.ProfileStore;
import com.consentmanager.profile.entity.Provenance;
import com.consentmanager.profile.entity.SourceType;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Activities that other applications report (local and remote views), checked before anything is
 * written: a declared type, a time not in the future (a few minutes of clock skew allowed), a known
 * person. A bulk call is all or nothing. An EMAIL_OPEN is recorded like any activity but never
 * prolongs (no purpose can list it). The source is the caller's entry point (an API client, or an
 * admin for a caller holding ADMIN), never a claim of the caller's (DOMAIN.md rule 12).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Scope.PROFILES_WRITE_NAME})
public class ActivityRecorder implements ActivityRecording, RemoteActivityRecording {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    Clock clock;

    @Inject
    Activities activities;

    @Inject
    ProfileStore profiles;

    @Inject
    ProfileReferences references;

    @Resource
    SessionContext session;

    @Override
    public long recordActivity(ProfileReference profile, String type, Instant occurredAt, SourceType source, String reference) {
        ActivityReport report = new ActivityReport(profile, type, occurredAt, source, reference);
        List<FieldViolation> violations = new ArrayList<>();
        check(report, "", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return record(report, clock.instant());
    }

    @Override
    public int recordActivities(List<ActivityReport> reports) {
        List<FieldViolation> violations = new ArrayList<>();
        if (reports == null || reports.isEmpty()) {
            violations.add(new FieldViolation("activities", "activity.bulk.empty"));
        } else if (reports.size() > BULK_MAX) {
            violations.add(new FieldViolation("activities", "activity.bulk.too_many", BULK_MAX));
        } else {
            for (int i = 0; i < reports.size(); i++) {
                check(reports.get(i), "activities[" + i + "].", violations);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = clock.instant();
        reports.forEach(report -> record(report, now));
        return reports.size();
    }

    private long record(ActivityReport report, Instant now) {
        ProfileReference reference = report.getProfile();
        long profileId = profiles.lock(reference.getKind().name(), references.normalised(reference))
                .orElseThrow(() -> new NotFoundException("profile.not_found", reference.getValue())).getId();
        return activities.record(profileId, report.getType().strip(), report.getOccurredAt() == null ? now : report.getOccurredAt(), now,
                report.getSource() == null ? SourceType.API_CLIENT : report.getSource(), blankToNull(report.getReference()));
    }

    private void check(ActivityReport report, String prefix, List<FieldViolation> violations) {
        if (report == null) {
            violations.add(new FieldViolation(prefix.isEmpty() ? "activity" : prefix.substring(0, prefix.length() - 1), "activity.required"));
            return;
        }
        references.check(prefix + "profile", report.getProfile(), violations);
        String type = report.getType() == null ? "" : report.getType().strip();
        if (type.isEmpty()) {
            violations.add(new FieldViolation(prefix + "type", "activity.type.required"));
        } else if (type.length() > Activities.TYPE_MAX_LENGTH || activities.canProlong(type).isEmpty()) {
            violations.add(new FieldViolation(prefix + "type", "activity.type.unknown", type));
        }
        if (!CallerProvenance.allowed(report.getSource(), session)) {
            violations.add(new FieldViolation(prefix + "source", "origin.source.not_allowed", report.getSource().name()));
        }
        if (report.getOccurredAt() != null && report.getOccurredAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            violations.add(new FieldViolation(prefix + "occurredAt", "activity.occurred_at.future"));
        } else if (report.getOccurredAt() != null && report.getOccurredAt().isBefore(Provenance.EARLIEST_EVENT_TIME)) {
            violations.add(new FieldViolation(prefix + "occurredAt", "origin.event_time.too_old", Provenance.EARLIEST_EVENT_TIME.toString()));
        }
        if (report.getReference() != null && report.getReference().strip().length() > Activities.REFERENCE_MAX_LENGTH) {
            violations.add(new FieldViolation(prefix + "reference", "activity.reference.too_long", Activities.REFERENCE_MAX_LENGTH));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
