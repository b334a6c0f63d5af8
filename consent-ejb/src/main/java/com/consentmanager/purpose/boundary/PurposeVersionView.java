package com.consentmanager.purpose.boundary;

import com.consentmanager.platform.Languages;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** One immutable version of a purpose's texts: number, texts per language, SHA-256, when, by whom. */
public final class PurposeVersionView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int number;
    private final boolean material;
    private final String sha256;
    private final Instant createdAt;
    private final String createdBy;
    private final TreeMap<String, PurposeTextView> texts;

    public PurposeVersionView(int number, boolean material, String sha256, Instant createdAt, String createdBy,
                              Map<String, PurposeTextView> texts) {
        this.number = number;
        this.material = material;
        this.sha256 = sha256;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.texts = new TreeMap<>(texts);
    }

    public int getNumber() {
        return number;
    }

    /** Marked as a material change: acceptances given on earlier versions should be asked again. */
    public boolean isMaterial() {
        return material;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    /** The texts by language, only the languages this version has. */
    public Map<String, PurposeTextView> getTexts() {
        return new TreeMap<>(texts);
    }

    /** Whether the version has its own text in this language (otherwise it falls back). */
    public boolean isTranslated(String language) {
        return texts.containsKey(language);
    }

    /** The texts in this language, else in the default language. */
    public PurposeTextView text(String language) {
        PurposeTextView text = texts.get(language);
        return text != null ? text : texts.get(Languages.DEFAULT);
    }

    @Override
    public String toString() {
        return "PurposeVersionView[" + number + ", " + sha256 + "]";
    }
}
