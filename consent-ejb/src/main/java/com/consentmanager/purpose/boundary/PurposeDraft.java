package com.consentmanager.purpose.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an admin gives to create a purpose or to change one (a change replaces every field). The
 * kind is chosen at creation and never changes. A blank key is generated from the French subject.
 * {@code material} marks the new text version, if the change makes one, as material. The double
 * opt-in mail texts are the exception to "a change replaces every field": left null, they stay as
 * they are (callers that do not know them, such as the REST API, never erase them).
 */
public final class PurposeDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String kind;
    private String lawfulBasis;
    private String key;
    private TreeMap<String, PurposeTextView> texts = new TreeMap<>();
    private ArrayList<String> channels = new ArrayList<>();
    private boolean doubleOptIn;
    private String partner;
    private boolean material;
    private String onMaterialChange;
    private DoubleOptInMail doubleOptInMail;

    public PurposeDraft() {
    }

    /** A draft that repeats the purpose as it is, ready to be changed. */
    public static PurposeDraft of(PurposeView purpose) {
        PurposeDraft draft = new PurposeDraft();
        draft.kind = purpose.getKind().name();
        draft.lawfulBasis = purpose.getLawfulBasis();
        draft.key = purpose.getKey();
        purpose.getCurrentVersion().getTexts().forEach((language, text) -> draft.texts.put(language,
                new PurposeTextView(text.getSubject(), text.getWording(), text.getInfoUrl(), text.getAdditionalText())));
        draft.channels = new ArrayList<>(purpose.getChannels());
        draft.doubleOptIn = purpose.isDoubleOptIn();
        draft.partner = purpose.getPartnerKey();
        draft.doubleOptInMail = purpose.getDoubleOptInMail().copy();
        draft.onMaterialChange = purpose.getOnMaterialChange();
        return draft;
    }

    /** {@code CONSENT} or {@code LEGAL_BASIS}. */
    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    /** The point of Art. 6(1), {@code a} to {@code f}; a consent is always {@code a} (may be left out). */
    public String getLawfulBasis() {
        return lawfulBasis;
    }

    public void setLawfulBasis(String lawfulBasis) {
        this.lawfulBasis = lawfulBasis;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    /** Texts by language code; French is required, English optional. */
    public Map<String, PurposeTextView> getTexts() {
        return texts;
    }

    public void setTexts(Map<String, PurposeTextView> texts) {
        this.texts = texts == null ? new TreeMap<>() : new TreeMap<>(texts);
    }

    /** Shortcut for one language's texts, created when missing (for forms). */
    public PurposeTextView text(String language) {
        return texts.computeIfAbsent(language, ignored -> new PurposeTextView());
    }

    /** Channel keys. */
    public List<String> getChannels() {
        return channels;
    }

    public void setChannels(List<String> channels) {
        this.channels = channels == null ? new ArrayList<>() : new ArrayList<>(channels);
    }

    public boolean isDoubleOptIn() {
        return doubleOptIn;
    }

    public void setDoubleOptIn(boolean doubleOptIn) {
        this.doubleOptIn = doubleOptIn;
    }

    /** The partner's key, or null. */
    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public boolean isMaterial() {
        return material;
    }

    public void setMaterial(boolean material) {
        this.material = material;
    }

    /** The double opt-in mail's own texts; null leaves them unchanged. */
    public DoubleOptInMail getDoubleOptInMail() {
        return doubleOptInMail;
    }

    public void setDoubleOptInMail(DoubleOptInMail doubleOptInMail) {
        this.doubleOptInMail = doubleOptInMail;
    }

    /**
     * What a material change of the text does to those who accepted an earlier version: {@code KEEP},
     * {@code ASK_AGAIN} (the default for a new purpose) or {@code BLOCK}; left out on a change, kept.
     */
    public String getOnMaterialChange() {
        return onMaterialChange;
    }

    public void setOnMaterialChange(String onMaterialChange) {
        this.onMaterialChange = onMaterialChange;
    }
}
