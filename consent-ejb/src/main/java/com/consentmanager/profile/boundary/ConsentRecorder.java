package com.consentmanager.profile.boundary;

import com.consentmanager.platform.ManagerSupport;
import com.consentmanager.user.entity.Role;
import com.consentmanager.user.entity.Scope;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Records decisions with their evidence (DOMAIN.md rules 7, 8, 11), for callers with a role or an
 * API scope: the rules themselves are in {@link Decisions}. One transaction per call; any refusal
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
        return decisions.record(submission, actor());
    }

    @Override
    public DecisionResult withdraw(ProfileReference reference, String purposeKey, String channelKey, Origin origin) {
        return decisions.withdraw(reference, purposeKey, channelKey, origin, actor());
    }

    @Override
    public DecisionResult object(ProfileReference reference, Origin origin) {
        return decisions.object(reference, origin, actor());
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

    private String actor() {
        return ManagerSupport.actor(session);
    }
}
