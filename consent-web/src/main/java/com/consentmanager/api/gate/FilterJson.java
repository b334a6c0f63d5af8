package com.consentmanager.api.gate;

import com.consentmanager.api.profile.ProfileJson;

import java.util.List;

/** The body of {@code POST /api/v1/gate/filter}: a channel, an optional purpose, and the people. */
public record FilterJson(String channel, String purpose, List<ProfileJson> profiles) {
}
