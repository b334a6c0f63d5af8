package com.consentmanager.channel.control;

import com.consentmanager.channel.entity.Channel;
import com.consentmanager.platform.FieldViolation;

import java.util.Optional;

/** The rules of a channel's public name: required, trimmed, at most 100 characters. */
public final class ChannelNames {

    private ChannelNames() {
    }

    public static String normalise(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    public static Optional<FieldViolation> check(String field, String name) {
        String normalised = normalise(name);
        if (normalised.isEmpty()) {
            return Optional.of(new FieldViolation(field, "channel.name.required"));
        }
        if (normalised.length() > Channel.NAME_MAX_LENGTH) {
            return Optional.of(new FieldViolation(field, "channel.name.too_long", Channel.NAME_MAX_LENGTH));
        }
        if (normalised.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(new FieldViolation(field, "channel.name.control_characters"));
        }
        return Optional.empty();
    }
}
