package com.consentmanager.gate.boundary;

import java.io.Serializable;

/**
 * What another application puts in a mail to a person about a purpose on a channel (RFC 2369,
 * RFC 8058): the {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} header values, and the
 * person's link to the preference centre for the mail's footer. Each call makes a new personal link.
 * A plain class, not a record: remote views hand it out over IIOP, which cannot copy records.
 */
public final class UnsubscribeHeaders implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String listUnsubscribe;
    private final String listUnsubscribePost;
    private final String preferenceCentre;

    public UnsubscribeHeaders(String listUnsubscribe, String listUnsubscribePost, String preferenceCentre) {
        this.listUnsubscribe = listUnsubscribe;
        this.listUnsubscribePost = listUnsubscribePost;
        this.preferenceCentre = preferenceCentre;
    }

    /** The value of the {@code List-Unsubscribe} header: {@code <https://…/consent/u/{token}>}, and a mailto when one is configured. */
    public String getListUnsubscribe() {
        return listUnsubscribe;
    }

    /** The value of the {@code List-Unsubscribe-Post} header: {@code List-Unsubscribe=One-Click}. */
    public String getListUnsubscribePost() {
        return listUnsubscribePost;
    }

    /** The person's link to the preference centre, for the mail's footer. */
    public String getPreferenceCentre() {
        return preferenceCentre;
    }
}
