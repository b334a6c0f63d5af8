package com.consentmanager.profile.boundary;

/**
 * A person was erased (GDPR Art. 17), fired inside the erasure's transaction before it commits:
 * features that hold copies of the person's identifiers outside the profile (an uploaded import
 * file, an import's error cells) remove them in that same transaction. Carries what the profile
 * held just before: its internal id, external id, email and phone (E.164), each possibly null.
 */
public record ProfileErased(long profileId, String externalId, String email, String phone) {
}
