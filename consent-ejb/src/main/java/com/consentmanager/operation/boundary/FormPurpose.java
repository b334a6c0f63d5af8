package com.consentmanager.operation.boundary;

import com.consentmanager.purpose.entity.PurposeKind;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A purpose as a form shows it in one language: the texts of the wording version the form version
 * fixed, the channels offered, whether an answer is required. A consent is answered per channel
 * (never pre-ticked); a legal basis is an information notice without a box.
 */
public final class FormPurpose implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final PurposeKind kind;
    private final String lawfulBasis;
    private final int version;
    private final String subject;
    private final String wording;
    private final String infoUrl;
    private final String additionalText;
    private final boolean required;
    private final boolean doubleOptIn;
    private final String partnerName;
    private final ArrayList<FormChannel> channels;

    public FormPurpose(String key, PurposeKind kind, String lawfulBasis, int version, String subject, String wording,
                       String infoUrl, String additionalText, boolean required, boolean doubleOptIn, String partnerName,
                       List<FormChannel> channels) {
        this.key = key;
        this.kind = kind;
        this.lawfulBasis = lawfulBasis;
        this.version = version;
        this.subject = subject;
        this.wording = wording;
        this.infoUrl = infoUrl;
        this.additionalText = additionalText;
        this.required = required;
        this.doubleOptIn = doubleOptIn;
        this.partnerName = partnerName;
        this.channels = new ArrayList<>(channels);
    }

    public String getKey() {
        return key;
    }

    public PurposeKind getKind() {
        return kind;
    }

    public String getLawfulBasis() {
        return lawfulBasis;
    }

    /** The version of the purpose's wording shown (what the evidence records). */
    public int getVersion() {
        return version;
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

    public boolean isRequired() {
        return required;
    }

    public boolean isDoubleOptIn() {
        return doubleOptIn;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public boolean isNotice() {
        return kind == PurposeKind.LEGAL_BASIS;
    }

    public List<FormChannel> getChannels() {
        return List.copyOf(channels);
    }
}
