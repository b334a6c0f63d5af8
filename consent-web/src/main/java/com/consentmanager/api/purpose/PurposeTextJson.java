package com.consentmanager.api.purpose;

import com.consentmanager.purpose.boundary.PurposeTextView;

/** A purpose's texts in one language. */
public record PurposeTextJson(String subject, String wording, String infoUrl, String additionalText) {

    static PurposeTextJson of(PurposeTextView text) {
        return new PurposeTextJson(text.getSubject(), text.getWording(), text.getInfoUrl(), text.getAdditionalText());
    }

    PurposeTextView view() {
        return new PurposeTextView(subject, wording, infoUrl, additionalText);
    }
}
