package com.consentmanager.channel.control;

import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.TechnicalKeys;

import java.util.Optional;

/** The rules of channel keys: those of every {@link TechnicalKeys technical key}. */
public final class ChannelKeys {

    private ChannelKeys() {
    }

    /** "Courrier postal" → {@code courrier_postal}; "Téléphone fixe" → {@code telephone_fixe}. */
    public static String fromName(String name) {
        return TechnicalKeys.fromText(name);
    }

    /** Why the key is refused, if it is. */
    public static Optional<FieldViolation> check(String field, String key) {
        return TechnicalKeys.check(field, key, "channel");
    }
}
