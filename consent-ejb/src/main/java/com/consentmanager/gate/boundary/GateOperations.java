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
    // Arguments are (purpose, channel) here as on every view of the product.

    /** At most this many people per {@link #filter} call. */
    int MAX_FILTER = 10_000;

    /** At most this many people per audience page. */
    int MAX_PAGE = 10_000;

    /**
     * With a purpose: that purpose must be ACCEPTED on the channel. Without (null): at least one of
     * the company's own active purposes covering the channel must be ACCEPTED; a partner consent
     * counts only when named. Pending double opt-in blocks email; an
     * objection blocks everything.
     */
    GateAnswer canContact(ProfileReference profile, String purpose, String channel);

    /** The answer for each person of the list, in the list's order. */
    List<GateAnswer> filter(List<ProfileReference> profiles, String purpose, String channel);

    /**
     * Everyone contactable on the channel about the purpose, a page at a time, in a stable order:
     * start with {@code after} null, then pass the previous page's {@link AudiencePage#getNextAfter()}.
     */
    AudiencePage audience(String purpose, String channel, Long after, int max);

    /**
     * The unsubscribe headers and preference-centre link for a mail to this person about the purpose
     * on the channel (purpose null: about every purpose on the channel). The one-click link withdraws
     * exactly that. Makes a new personal link each time (only its hash is stored).
     */
    UnsubscribeHeaders unsubscribeHeaders(ProfileReference profile, String purpose, String channel);
}
