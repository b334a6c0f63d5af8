package com.consentmanager.api.channel;

import java.util.Map;

/**
 * The body of {@code POST /api/v1/channels} ({@code name} required; {@code key} generated from it
 * when absent; {@code publicNames} per language default to the name) and of {@code PUT}
 * ({@code key} and/or {@code publicNames}; what is absent is left unchanged).
 */
public record ChannelInput(String name, String key, Map<String, String> publicNames) {
}
