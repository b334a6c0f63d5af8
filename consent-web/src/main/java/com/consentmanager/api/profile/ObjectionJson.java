package com.consentmanager.api.profile;

/** The body of {@code POST /api/v1/profiles/objections}: the person objects to all marketing. */
public record ObjectionJson(ProfileJson profile, OriginJson origin) {
}
