package com.consentmanager.purpose.boundary;

import com.consentmanager.channel.entity.Channel;
import com.consentmanager.purpose.entity.Partner;
import com.consentmanager.purpose.entity.Purpose;
import com.consentmanager.purpose.entity.PurposeKind;
import com.consentmanager.purpose.entity.PurposeVersion;

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

    PurposeView(Purpose purpose, PurposeVersion current) {
        this.key = purpose.getKey();
        this.kind = purpose.getKind();
        this.lawfulBasis = purpose.getLawfulBasis().point();
        this.builtIn = purpose.isBuiltIn();
        this.doubleOptIn = purpose.isDoubleOptIn();
        Partner partner = purpose.getPartner();
        this.partnerKey = partner == null ? null : partner.getKey();
        this.partnerName = partner == null ? null : partner.getName();
        this.active = purpose.isActive();
        this.keyLocked = purpose.isKeyLocked();
        this.usedSince = purpose.getUsedSince();
        this.channels = new ArrayList<>(purpose.getChannels().stream().map(Channel::getKey).toList());
        this.currentVersion = PurposeVersionView.of(current);
        this.createdAt = purpose.getCreatedAt();
        this.updatedAt = purpose.getUpdatedAt();
        this.archivedAt = purpose.getArchivedAt();
        this.version = purpose.getVersion();
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

    @Override
    public String toString() {
        return "PurposeView[" + key + ", " + kind + ", v" + currentVersion.getNumber() + "]";
    }
}
