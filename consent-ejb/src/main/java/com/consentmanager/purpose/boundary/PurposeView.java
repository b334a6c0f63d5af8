package com.consentmanager.purpose.boundary;

import com.consentmanager.purpose.entity.PurposeKind;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A purpose as callers see it (local or remote), with the version of its texts in force. */
public final class PurposeView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final PurposeKind kind;
    private final String lawfulBasis;
    private final boolean builtIn;
    private final boolean doubleOptIn;
    private final String partnerKey;
    private final String partnerName;
    private final boolean active;
    private final boolean keyLocked;
    private final Instant usedSince;
    private final ArrayList<String> channels;
    private final PurposeVersionView currentVersion;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Instant archivedAt;
    private final long version;
    private final DoubleOptInMail doubleOptInMail;
    private final String onMaterialChange;

    @SuppressWarnings("java:S107") // a detached copy of every facet callers read
    public PurposeView(String key, PurposeKind kind, String lawfulBasis, boolean builtIn, boolean doubleOptIn,
                       String partnerKey, String partnerName, boolean active, boolean keyLocked, Instant usedSince,
                       List<String> channels, PurposeVersionView currentVersion, Instant createdAt, Instant updatedAt,
                       Instant archivedAt, long version, DoubleOptInMail doubleOptInMail,
                       String onMaterialChange) {
        this.onMaterialChange = onMaterialChange;
        this.key = key;
        this.kind = kind;
        this.lawfulBasis = lawfulBasis;
        this.builtIn = builtIn;
        this.doubleOptIn = doubleOptIn;
        this.partnerKey = partnerKey;
        this.partnerName = partnerName;
        this.active = active;
        this.keyLocked = keyLocked;
        this.usedSince = usedSince;
        this.channels = new ArrayList<>(channels);
        this.currentVersion = currentVersion;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.archivedAt = archivedAt;
        this.version = version;
        this.doubleOptInMail = doubleOptInMail.copy();
    }

    public String getKey() {
        return key;
    }

    public PurposeKind getKind() {
        return kind;
    }

    /** The point of GDPR Art. 6(1), {@code a} to {@code f}. */
    public String getLawfulBasis() {
        return lawfulBasis;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public boolean isDoubleOptIn() {
        return doubleOptIn;
    }

    public String getPartnerKey() {
        return partnerKey;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public boolean isActive() {
        return active;
    }

    /** True once a status was recorded (or for built-in purposes): the key can no longer change. */
    public boolean isKeyLocked() {
        return keyLocked;
    }

    public Instant getUsedSince() {
        return usedSince;
    }

    /** Channel keys, built-in channels first. */
    public List<String> getChannels() {
        return List.copyOf(channels);
    }

    public PurposeVersionView getCurrentVersion() {
        return currentVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    /** The optimistic-lock version of the configuration (not the text version). */
    public long getVersion() {
        return version;
    }

    /** The double opt-in mail's own texts (blank ones: the defaults). */
    public DoubleOptInMail getDoubleOptInMail() {
        return doubleOptInMail.copy();
    }

    @Override
    public String toString() {
        return "PurposeView[" + key + ", " + kind + ", v" + currentVersion.getNumber() + "]";
    }

    /** {@code KEEP}, {@code ASK_AGAIN} or {@code BLOCK}: what a material change of the text does to earlier acceptances. */
    public String getOnMaterialChange() {
        return onMaterialChange;
    }
}
