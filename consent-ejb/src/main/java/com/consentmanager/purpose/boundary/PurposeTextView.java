package com.consentmanager.purpose.boundary;

import java.io.Serializable;
import java.util.Objects;

/** A purpose's texts in one language, as one version fixed them. Also the input of an edit. */
public final class PurposeTextView implements Serializable {

    private static final long serialVersionUID = 1L;

    private String subject;
    private String wording;
    private String infoUrl;
    private String additionalText;

    public PurposeTextView() {
    }

    public PurposeTextView(String subject, String wording, String infoUrl, String additionalText) {
        this.subject = subject;
        this.wording = wording;
        this.infoUrl = infoUrl;
        this.additionalText = additionalText;
    }

    /** Subject, wording, info link and additional text, in the order {@code PurposeTexts.normalise} reads them. */
    public String[] fields() {
        return new String[] {subject, wording, infoUrl, additionalText};
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getWording() {
        return wording;
    }

    public void setWording(String wording) {
        this.wording = wording;
    }

    public String getInfoUrl() {
        return infoUrl;
    }

    public void setInfoUrl(String infoUrl) {
        this.infoUrl = infoUrl;
    }

    public String getAdditionalText() {
        return additionalText;
    }

    public void setAdditionalText(String additionalText) {
        this.additionalText = additionalText;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PurposeTextView that && Objects.equals(subject, that.subject)
                && Objects.equals(wording, that.wording) && Objects.equals(infoUrl, that.infoUrl)
                && Objects.equals(additionalText, that.additionalText);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, wording, infoUrl, additionalText);
    }

    @Override
    public String toString() {
        return "PurposeTextView[" + subject + "]";
    }
}
