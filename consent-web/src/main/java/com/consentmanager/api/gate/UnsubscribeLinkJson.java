package com.consentmanager.api.gate;

import com.consentmanager.api.profile.ProfileJson;

/** The body of {@code POST /api/v1/gate/unsubscribe-links}: the person, the channel of the mail, and its purpose (optional: about everything on the channel). */
public record UnsubscribeLinkJson(ProfileJson profile, String purpose, String channel) {
}
