package com.consentmanager.profile.entity;

/** Where a decision came from: the evidence says it with a reference (operation key, import job...). */
public enum SourceType {
    OPERATION_FORM,
    IMPORT,
    API_CLIENT,
    ADMIN,
    PREFERENCE_CENTRE,
    UNSUBSCRIBE_LINK,
    EXPIRY,
    DOUBLE_OPT_IN
}
