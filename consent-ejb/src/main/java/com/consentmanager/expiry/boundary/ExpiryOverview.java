package com.consentmanager.expiry.boundary;

import com.consentmanager.expiry.control.UpcomingExpiries;
import com.consentmanager.platform.Role;
import com.consentmanager.platform.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;

/** What the console's expiry page shows: upcoming expirations per purpose and the latest sweeps. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME, Scope.CONFIG_READ_NAME})
public class ExpiryOverview {

    @Inject
    UpcomingExpiries upcomingExpiries;

    @Inject
    Clock clock;

    @EJB
    SweepSteps steps;

    public List<UpcomingExpiry> upcoming(String language) {
        return upcomingExpiries.asOf(clock.instant(), language);
    }

    public List<SweepRunView> runs(int max) {
        return steps.runs(Math.max(1, Math.min(max, 200)));
    }
}
