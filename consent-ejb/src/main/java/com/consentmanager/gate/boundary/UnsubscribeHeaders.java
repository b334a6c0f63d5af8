package com.consentmanager.gate.boundary;

import java.io.Serializable;

/**
 * What another application puts in a mail to a person about a purpose on a channel (RFC 2369,
 * RFC 8058): the {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} header values, and the
 * person's link to the preference centre for the mail's footer. Each call makes a new personal link.
 */
public record UnsubscribeHeaders(String listUnsubscribe, String listUnsubscribePost, String preferenceCentre)
        implements Serializable {
}
