package com.consentmanager.preference.boundary;

import java.io.Serializable;

/**
 * What a one-click unsubscribe link withdraws: a purpose on a channel, or (subject null) every
 * purpose on email; for an unknown link, {@code known} is false and nothing else is said.
 */
public record UnsubscribeView(boolean known, String maskedEmail, String subject, String channelName, boolean done)
        implements Serializable {

    public static UnsubscribeView unknown() {
        return new UnsubscribeView(false, null, null, null, false);
    }
}
