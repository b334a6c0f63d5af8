package com.consentmanager.api.profile;

/** An erasure request: the person and the reason (kept with the evidence). */
public record ErasureJson(ProfileJson profile, String reason) {
}
