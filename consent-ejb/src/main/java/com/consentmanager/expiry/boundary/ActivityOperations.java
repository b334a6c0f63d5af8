package com.consentmanager.expiry.boundary;

import com.consentmanager.profile.boundary.ProfileReference;
import com.consentmanager.profile.entity.SourceType;

import java.time.Instant;
import java.util.List;

/**
 * Recording what people do, for expiry's automatic maintenance: an activity of a type a purpose
 * lists as prolonging pushes that purpose's expiry back. Unknown type, future time: InvalidInputException;
 * unknown person: NotFoundException.
 */
public interface ActivityOperations {

    /** At most this many activities in one bulk call. */
    int BULK_MAX = 10_000;

    /** Records one activity; answers its id. */
    long recordActivity(ProfileReference profile, String type, Instant occurredAt, SourceType source, String reference);

    /** Records a batch, all or nothing (at most {@value #BULK_MAX}); answers how many. */
    int recordActivities(List<ActivityReport> activities);
}
