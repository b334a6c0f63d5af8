package com.consentmanager.purpose.boundary;

import com.consentmanager.purpose.entity.PurposeKind;

import java.io.Serializable;
import java.util.List;

/**
 * A purpose as a participant reads it in one language: the texts of the version in force (in the
 * asked language, else in French: {@link #isTranslated()} tells), the version number and hash to
 * record with any decision taken on it.
 */
public final class LocalizedPurpose implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final PurposeKind kind;
    private final String lawfulBasis;
    private final List<String> channels;
    private final boolean doubleOptIn;
    private final String partnerName;
    private final int versionNumber;
    private final String sha256;
    private final String language;
    private final boolean translated;
    private final PurposeTextView text;

    LocalizedPurpose(PurposeView purpose, String language) {
        PurposeVersionView version = purpose.getCurrentVersion();
        this.key = purpose.getKey();
        this.kind = purpose.getKind();
        this.lawfulBasis = purpose.getLawfulBasis();
        this.channels = List.copyOf(purpose.getChannels());
        this.doubleOptIn = purpose.isDoubleOptIn();
        this.partnerName = purpose.getPartnerName();
        this.versionNumber = version.getNumber();
        this.sha256 = version.getSha256();
        this.language = language;
        this.translated = version.isTranslated(language);
        this.text = version.text(language);
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

    public List<String> getChannels() {
        return channels;
    }

    public boolean isDoubleOptIn() {
        return doubleOptIn;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getSha256() {
        return sha256;
    }

    /** The language asked for. */
    public String getLanguage() {
        return language;
    }

    /** False when the version has no text in the asked language and the French one is given. */
    public boolean isTranslated() {
        return translated;
    }

    public String getSubject() {
        return text.getSubject();
    }

    public String getWording() {
        return text.getWording();
    }

    public String getInfoUrl() {
        return text.getInfoUrl();
    }

    public String getAdditionalText() {
        return text.getAdditionalText();
    }
}
