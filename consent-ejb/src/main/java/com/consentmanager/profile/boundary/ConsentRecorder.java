package com.consentmanager.profile.boundary;

import com.consentmanager.platform.ManagerSupport;
import com.consentmanager.platform.Role;
import com.consentmanager.platform.Scope;
import com.consentmanager.profile.control.CallerProvenance;
import com.consentmanager.profile.control.Decisions;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Records decisions with their evidence (DOMAIN.md rules 7, 8, 11), for callers with a role or an
 * API scope: the rules themselves are in {@link Decisions}. These callers record as API clients (or
 * as admins when they hold ADMIN): the source is the entry point's, never the caller's claim
 * (rule 12, {@link CallerProvenance}). One transaction per call; any refusal
 * rolls everything back.
 */
@Stateless(name = "ConsentRecorder")
@DeclareRoles({Role.ADMIN_NAME, Role.OPERATOR_NAME, Scope.PROFILES_WRITE_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Scope.PROFILES_WRITE_NAME})
public class ConsentRecorder implements ConsentRecording, RemoteConsentRecording {

    @Inject
    Decisions decisions;

    @Resource
    SessionContext session;

    @Override
    public DecisionResult record(Submission submission) {
        if (submission != null) {
            submission.setOrigin(admitted(submission.getOrigin(), "origin.source"));
        }
        return decisions.record(submission, actor());
    }

    @Override
    public DecisionResult withdraw(ProfileReference reference, String purposeKey, String channelKey, Origin origin) {
        return decisions.withdraw(reference, purposeKey, channelKey, admitted(origin, "origin.source"), actor());
    }

    @Override
    public DecisionResult object(ProfileReference reference, Origin origin) {
        return decisions.object(reference, admitted(origin, "origin.source"), actor());
    }

    @Override
    @RolesAllowed(Role.ADMIN_NAME)
    public DecisionResult reset(ProfileReference reference, String purposeKey, String channelKey, String reason) {
        return decisions.reset(reference, purposeKey, channelKey, reason, actor());
    }

    @Override
    @RolesAllowed(Role.ADMIN_NAME)
    public void liftObjection(ProfileReference reference, String reason) {
        decisions.liftObjection(reference, reason, actor());
    }

    /**
     * The caller's origin with the source its entry point allows (DOMAIN.md rule 12): an API client,
     * or an admin for a caller holding ADMIN; any other source is refused before anything is read.
     */
    private Origin admitted(Origin asked, String field) {
        Origin origin = asked != null ? asked : Origin.of(null, null);
        origin.setSource(CallerProvenance.admitted(origin.getSource(), session, field));
        return origin;
    }

    private String actor() {
        return ManagerSupport.actor(session);
    }
}
