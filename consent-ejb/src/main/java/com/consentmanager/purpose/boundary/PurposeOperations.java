package com.consentmanager.purpose.boundary;

import java.util.List;
import java.util.Map;

/**
 * What other applications and the web module may do with purposes. Shared by the local and the
 * remote view; refusals are {@link com.consentmanager.platform.BusinessException}s with a message
 * key and, for bad input, the refused fields. Reading needs a console role or {@code config:read};
 * changing needs ADMIN or {@code config:write}.
 */
public interface PurposeOperations {

    /** A page of purposes matching the filter: active first, then built-in first, then by key. */
    List<PurposeView> listPurposes(PurposeFilter filter, int first, int max);

    long countPurposes(PurposeFilter filter);

    /** @throws com.consentmanager.platform.NotFoundException when no purpose has this key */
    PurposeView getPurpose(String key);

    /** The purpose as a participant reads it in this language (French when not translated). */
    LocalizedPurpose describe(String key, String language);

    /** Every version of the purpose's texts, newest first. */
    List<PurposeVersionView> listVersions(String key);

    /**
     * How many people stand on each version of the purpose's text: those with at least one ACCEPTED
     * status given on that version, by version number (versions nobody stands on are left out).
     */
    Map<Integer, Long> acceptedByVersion(String key);

    PurposeVersionView getVersion(String key, int number);

    /** The key that would be generated for this subject. */
    String suggestKey(String subject);

    PurposeView createPurpose(PurposeDraft draft);

    /** Replaces the configuration; a change of any text makes a new version. */
    PurposeView updatePurpose(String key, PurposeDraft draft);

    /** Takes the purpose off forms and lists of active purposes; refused for built-in purposes. */
    PurposeView archivePurpose(String key);

    PurposeView restorePurpose(String key);

    /** Only for a purpose never used and not built-in; otherwise archive it. */
    void deletePurpose(String key);
}
