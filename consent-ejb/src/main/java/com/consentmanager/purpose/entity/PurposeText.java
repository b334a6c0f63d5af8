package com.consentmanager.purpose.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The texts of a purpose in one language, as one version fixed them. */
@Embeddable
public class PurposeText {

    public static final int SUBJECT_MAX_LENGTH = 250;
    public static final int WORDING_MAX_LENGTH = 1000;
    public static final int INFO_URL_MAX_LENGTH = 2000;
    public static final int ADDITIONAL_TEXT_MAX_LENGTH = 4000;

    @Column(name = "subject", nullable = false, updatable = false, length = SUBJECT_MAX_LENGTH)
    private String subject;

    @Column(name = "wording", nullable = false, updatable = false, length = WORDING_MAX_LENGTH)
    private String wording;

    @Column(name = "info_url", updatable = false, length = INFO_URL_MAX_LENGTH)
    private String infoUrl;

    @Column(name = "additional_text", updatable = false, length = ADDITIONAL_TEXT_MAX_LENGTH)
    private String additionalText;

    protected PurposeText() {
        // for JPA
    }

    public PurposeText(String subject, String wording, String infoUrl, String additionalText) {
        this.subject = subject;
        this.wording = wording;
        this.infoUrl = infoUrl;
        this.additionalText = additionalText;
    }

    public String getSubject() {
        return subject;
    }

    public String getWording() {
        return wording;
    }

    public String getInfoUrl() {
        return infoUrl;
    }

    public String getAdditionalText() {
        return additionalText;
    }
}
