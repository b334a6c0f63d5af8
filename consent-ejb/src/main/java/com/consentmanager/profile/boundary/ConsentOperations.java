package com.consentmanager.profile.boundary;

/**
 * Recording what people decide, with evidence. Shared by the local and the remote view. Every
 * method is atomic: on any refusal (a {@link com.consentmanager.platform.BusinessException}) nothing
 * is written. Recording needs ADMIN, OPERATOR or the scope {@code profiles:write}; resets and
 * lifting an objection need ADMIN.
 */
public interface ConsentOperations {

    /** Records the choices of one submission, all or nothing; creates the profile if needed. */
    DecisionResult record(Submission submission);

    /**
     * Withdraws consent: one purpose on one channel, one purpose on all its channels (channel null),
     * or everything accepted or pending (purpose and channel null). As easy as giving.
     */
    DecisionResult withdraw(ProfileReference profile, String purpose, String channel, Origin origin);

    /**
     * The person objects to all marketing (GDPR Art. 21): every purpose is refused on every channel
     * and the profile is suppressed from every audience; it is created if unknown, so that the
     * objection holds when the address comes.
     */
    DecisionResult object(ProfileReference profile, Origin origin);

    /** An admin brings a REFUSED legal basis back to UNKNOWN (one channel, or all when null), with a reason. */
    DecisionResult reset(ProfileReference profile, String purpose, String channel, String reason);

    /** An admin lifts an objection (the person asked for it), with a reason; statuses stay as they are. */
    void liftObjection(ProfileReference profile, String reason);
}
