package com.consentmanager.purpose.entity;

import com.consentmanager.channel.entity.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A purpose ("base juridique"): something the company wants to contact people about, on a lawful
 * basis, over some channels. Its texts live in {@link PurposeVersion}s; {@link #getCurrentVersion()}
 * is the number of the one in force. Once a status was recorded for it ({@link #getUsedSince()}),
 * its key is locked and it can only be archived, never deleted. Built-in purposes (the three
 * default consents) keep their key and channels and stay active.
 */
@Entity
@Table(name = "purpose")
@NamedQuery(name = Purpose.BY_KEY, query = "select p from Purpose p where p.key = :key")
@NamedQuery(name = Purpose.USING_CHANNEL,
        query = "select p.key from Purpose p join p.channels c where c.id = :channelId order by p.key")
@NamedQuery(name = Purpose.OF_PARTNER, query = "select p from Purpose p where p.partner = :partner order by p.key")
public class Purpose {

    public static final String BY_KEY = "Purpose.byKey";
    public static final String USING_CHANNEL = "Purpose.usingChannel";
    public static final String OF_PARTNER = "Purpose.ofPartner";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "purpose_key", nullable = false, unique = true, length = 64)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private PurposeKind kind;

    @Convert(converter = LawfulBasisConverter.class)
    @Column(name = "lawful_basis", nullable = false, length = 1)
    private LawfulBasis lawfulBasis;

    @Column(name = "built_in", nullable = false, updatable = false)
    private boolean builtIn;

    @Column(name = "double_opt_in", nullable = false)
    private boolean doubleOptIn;

    @Embedded
    private OptInMail optInMail;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "used_since")
    private Instant usedSince;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "purpose_channel",
            joinColumns = @JoinColumn(name = "purpose_id"),
            inverseJoinColumns = @JoinColumn(name = "channel_id"))
    private Set<Channel> channels = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Version
    private long version;

    protected Purpose() {
        // for JPA
    }

    /** A new purpose; the caller adds its first version and checked every rule. */
    public Purpose(String key, PurposeKind kind, LawfulBasis lawfulBasis, Set<Channel> channels, boolean doubleOptIn,
                   Partner partner, Instant now) {
        this.key = key;
        this.kind = kind;
        this.lawfulBasis = lawfulBasis;
        this.channels = new LinkedHashSet<>(channels);
        this.doubleOptIn = doubleOptIn;
        this.partner = partner;
        this.currentVersion = 0;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The next version number, now in force. */
    public int advanceVersion(Instant now) {
        currentVersion++;
        updatedAt = now;
        return currentVersion;
    }

    public void changeKey(String newKey, Instant now) {
        key = newKey;
        updatedAt = now;
    }

    public void changeLawfulBasis(LawfulBasis basis, Instant now) {
        lawfulBasis = basis;
        updatedAt = now;
    }

    public void changeChannels(Set<Channel> newChannels, Instant now) {
        channels.clear();
        channels.addAll(newChannels);
        updatedAt = now;
    }

    public void changeDoubleOptIn(boolean enabled, Instant now) {
        doubleOptIn = enabled;
        updatedAt = now;
    }

    public void changeOptInMail(OptInMail mail, Instant now) {
        optInMail = mail;
        updatedAt = now;
    }

    public void changePartner(Partner newPartner, Instant now) {
        partner = newPartner;
        updatedAt = now;
    }

    public void archive(Instant now) {
        active = false;
        archivedAt = now;
        updatedAt = now;
    }

    public void restore(Instant now) {
        active = true;
        archivedAt = null;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public PurposeKind getKind() {
        return kind;
    }

    public LawfulBasis getLawfulBasis() {
        return lawfulBasis;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public boolean isDoubleOptIn() {
        return doubleOptIn;
    }

    /** The double opt-in mail's own texts; every field empty when the purpose uses the defaults. */
    public OptInMail getOptInMail() {
        return optInMail == null ? OptInMail.none() : optInMail;
    }

    public Partner getPartner() {
        return partner;
    }

    public boolean isActive() {
        return active;
    }

    /** When the first status was recorded for this purpose; null while it was never used. */
    public Instant getUsedSince() {
        return usedSince;
    }

    public boolean isKeyLocked() {
        return builtIn || usedSince != null;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    /** The channels, built-in ones first, then by key. */
    public List<Channel> getChannels() {
        return channels.stream()
                .sorted(Comparator.comparing((Channel c) -> !c.isBuiltIn()).thenComparing(Channel::getKey))
                .toList();
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

    public long getVersion() {
        return version;
    }
}
