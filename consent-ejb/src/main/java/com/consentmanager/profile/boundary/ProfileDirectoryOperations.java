package com.consentmanager.profile.boundary;

import java.util.List;

/**
 * Reading people and their evidence, and the GDPR rights of access (Art. 15/20) and erasure
 * (Art. 17). Shared by the local and the remote view. Reading needs ADMIN, OPERATOR or AUDITOR;
 * an export needs ADMIN, OPERATOR or the scope {@code profiles:write}; an erasure needs ADMIN.
 * Every export and every erasure is audited (who, when, which profile).
 */
public interface ProfileDirectoryOperations {

    /** Upper bound of one page of search results or evidence. */
    int MAX_PAGE = 500;

    /** How many people the text finds (see {@link #searchProfiles}). */
    long countProfiles(String text);

    /**
     * People whose email, phone or external id contains the text (ignoring case; a blank text finds
     * everyone), newest first, a page at a time. Erased people are never found.
     */
    List<ProfileSummary> searchProfiles(String text, int first, int max);

    /** A person by id, erased or not; {@code NotFoundException} when there is none. */
    ProfileDetail getProfile(long id);

    /** Every active purpose × its channels with the person's state (UNKNOWN when none), subjects in that language. */
    StatusGrid statusGrid(long id, String language);

    long countEvidence(long id);

    /** Status changes and profile events, newest recorded first, a page at a time. */
    List<EvidenceEntry> evidence(long id, int first, int max);

    /**
     * Everything about the person as a JSON document: identity, statuses, every piece of evidence,
     * profile events and the wordings they refer to. Audited.
     */
    String export(ProfileReference profile);

    /**
     * Erases the person's identity (email, phone, external id) with a reason; keeps the keyed hash
     * of the email, the statuses and the evidence; records an ERASED profile event. Audited.
     */
    ProfileDetail erase(ProfileReference profile, String reason);
}
