package com.consentmanager.api.gate;

import com.consentmanager.gate.boundary.UnsubscribeHeaders;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The two header values for one mail (RFC 2369, RFC 8058) and the person's link to the preference centre for its footer. */
public record UnsubscribeHeadersJson(
        @Schema(description = "The List-Unsubscribe header's value", example = "<https://consent.example.org/consent/u/…>")
        String listUnsubscribe,
        @Schema(description = "The List-Unsubscribe-Post header's value", example = "List-Unsubscribe=One-Click")
        String listUnsubscribePost,
        @Schema(description = "The person's link to the preference centre")
        String preferenceCentre) {

    static UnsubscribeHeadersJson of(UnsubscribeHeaders headers) {
        return new UnsubscribeHeadersJson(headers.getListUnsubscribe(), headers.getListUnsubscribePost(), headers.getPreferenceCentre());
    }
}
