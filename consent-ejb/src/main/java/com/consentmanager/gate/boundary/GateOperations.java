package com.consentmanager.gate.boundary;

import com.consentmanager.profile.boundary.ProfileReference;

import java.util.List;

/**
 * May we contact this person, on this channel, about this purpose? Shared by the local and remote
 * views; needs a console role or the scope {@code gate:read}. Unknown channel or purpose keys are
 * {@link com.consentmanager.platform.NotFoundException}s, malformed references
 * {@link com.consentmanager.platform.InvalidInputException}s.
 */
public interface GateOperations {

    /** At most this many people per {@link #filter} call. */
    int MAX_FILTER = 10_000;

    /** At most this many people per audience page. */
    int MAX_PAGE = 10_000;

    /**
     * With a purpose: that purpose must be ACCEPTED on the channel. Without (null): at least one
     * active purpose covering the channel must be ACCEPTED. Pending double opt-in blocks email; an
     * objection blocks everything.
     */
    GateAnswer canContact(ProfileReference profile, String channel, String purpose);

    /** The answer for each person of the list, in the list's order. */
    List<GateAnswer> filter(List<ProfileReference> profiles, String channel, String purpose);

    /**
     * Everyone contactable on the channel about the purpose, a page at a time, in a stable order:
     * start with {@code after} null, then pass the previous page's {@link AudiencePage#getNextAfter()}.
     */
    AudiencePage audience(String channel, String purpose, Long after, int max);
}
