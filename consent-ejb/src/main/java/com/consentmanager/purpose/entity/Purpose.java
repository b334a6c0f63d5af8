package com.consentmanager.purpose.entity;

import com.consentmanager.channel.entity.Channel;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.TechnicalKeys;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A purpose ("base juridique"): something the company wants to contact people about, on a lawful
 * basis, over some channels. Its texts live in {@link PurposeVersion}s; {@link #getCurrentVersion()}
 * is the number of the one in force. Once a status was recorded for it ({@link #getUsedSince()}),
 * its key is locked and it can only be archived, never deleted. Built-in purposes (the three
 * default consents) keep their key and channels, take no partner and stay active. The kind never
 * changes; double opt-in needs the email channel. Each {@code checkX} adds what it refuses to a
 * list, so that a form shows every refusal at once; the verbs ({@code changeX}, {@code archive},
 * {@code restore}) refuse the same by throwing.
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
    /** The key of the built-in channel that double opt-in confirms (rule 4). */
    public static final String EMAIL_CHANNEL = "email";

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

    @Enumerated(EnumType.STRING)
    @Column(name = "on_material_change", nullable = false, length = 9)
    private MaterialChange onMaterialChange = MaterialChange.DEFAULT;

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

    /**
     * A new purpose; the caller adds its first version. Refused (as {@link #checkNew} says) when
     * it would break rule 4.
     */
    public Purpose(String key, PurposeKind kind, LawfulBasis lawfulBasis, Set<Channel> channels, boolean doubleOptIn,
                   Partner partner, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        checkNew(channels, doubleOptIn, violations);
        refuse(violations);
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

    /**
     * What a new purpose cannot be: double opt-in without the email channel (rule 4). Channels
     * not found (an empty set) are refused by whoever looked them up, not here.
     */
    public static void checkNew(Set<Channel> channels, boolean doubleOptIn, List<FieldViolation> violations) {
        doubleOptInRefusal(channels, doubleOptIn, false).ifPresent(violations::add);
    }

    /** The kind is chosen once: a draft naming another kind is refused. */
    public void checkKind(String givenKind, List<FieldViolation> violations) {
        if (givenKind != null && !givenKind.isBlank() && !givenKind.strip().equals(kind.name())) {
            violations.add(new FieldViolation("kind", "purpose.kind.fixed"));
        }
    }

    /**
     * A new key: refused for a built-in purpose (rule 1), once a status was recorded for the
     * purpose, and when it breaks the rules of technical keys (rule 2). The same key is no change.
     */
    public void checkKey(String newKey, List<FieldViolation> violations) {
        if (newKey.equals(key)) {
            return;
        }
        if (builtIn) {
            violations.add(new FieldViolation("key", "purpose.key.built_in_locked"));
        } else if (isKeyLocked()) {
            violations.add(new FieldViolation("key", "purpose.key.locked"));
        } else {
            TechnicalKeys.check("key", newKey, "purpose").ifPresent(violations::add);
        }
    }

    /**
     * New channels and double opt-in flag: a built-in purpose keeps its channels (rule 1); double
     * opt-in needs the email channel (rule 4), refused as "email removed" when the purpose had
     * both, else as "email required". An empty set (nothing found) is refused by the caller.
     */
    public void checkChannels(Set<Channel> newChannels, boolean newDoubleOptIn, List<FieldViolation> violations) {
        if (builtIn && !newChannels.isEmpty() && !keysOf(newChannels).equals(getChannelKeys())) {
            violations.add(new FieldViolation("channels", "purpose.channels.built_in_locked"));
        }
        doubleOptInRefusal(newChannels, newDoubleOptIn, doubleOptIn && getChannelKeys().contains(EMAIL_CHANNEL))
                .ifPresent(violations::add);
    }

    /** A built-in purpose is the company's own: it takes no partner. */
    public void checkPartner(Partner newPartner, List<FieldViolation> violations) {
        if (builtIn && newPartner != null) {
            violations.add(new FieldViolation("partner", "purpose.partner.built_in"));
        }
    }

    /** A built-in purpose is never archived. */
    public void requireArchivable() {
        if (builtIn) {
            throw new ConflictException("purpose.archive.built_in", key);
        }
    }

    /** A built-in purpose is never deleted; a purpose ever used is archived, never deleted (its evidence names it). */
    public void requireDeletable() {
        if (builtIn) {
            throw new ConflictException("purpose.delete.built_in", key);
        }
        if (usedSince != null) {
            throw new ConflictException("purpose.delete.used", key);
        }
    }

    /** The next version number, now in force. */
    public int advanceVersion(Instant now) {
        currentVersion++;
        updatedAt = now;
        return currentVersion;
    }

    /** Refused as {@link #checkKey} says. */
    public void changeKey(String newKey, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        checkKey(newKey, violations);
        refuse(violations);
        key = newKey;
        updatedAt = now;
    }

    public void changeLawfulBasis(LawfulBasis basis, Instant now) {
        lawfulBasis = basis;
        updatedAt = now;
    }

    /**
     * The channels and the double opt-in flag together, since rule 4 ties them: refused as
     * {@link #checkChannels} says. The set is replaced only when its keys differ.
     */
    public void changeChannels(Set<Channel> newChannels, boolean newDoubleOptIn, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        checkChannels(newChannels, newDoubleOptIn, violations);
        refuse(violations);
        if (!keysOf(newChannels).equals(getChannelKeys())) {
            channels.clear();
            channels.addAll(newChannels);
        }
        doubleOptIn = newDoubleOptIn;
        updatedAt = now;
    }

    public void changeOptInMail(OptInMail mail, Instant now) {
        optInMail = mail;
        updatedAt = now;
    }

    /** Refused as {@link #checkPartner} says. */
    public void changePartner(Partner newPartner, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        checkPartner(newPartner, violations);
        refuse(violations);
        partner = newPartner;
        updatedAt = now;
    }

    /** Refused as {@link #requireArchivable} says. */
    public void archive(Instant now) {
        requireArchivable();
        active = false;
        archivedAt = now;
        updatedAt = now;
    }

    /** A partner's consent comes back only while its partner is there (rule 5). */
    public void restore(Instant now) {
        if (partner != null && !partner.isActive()) {
            throw new ConflictException("purpose.restore.partner_removed", key, partner.getName());
        }
        active = true;
        archivedAt = null;
        updatedAt = now;
    }

    /** The keys of the channels, sorted: how purposes' channels are compared and audited. */
    public static Set<String> keysOf(Collection<Channel> channels) {
        return channels.stream().map(Channel::getKey).sorted().collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Optional<FieldViolation> doubleOptInRefusal(Set<Channel> newChannels, boolean newDoubleOptIn,
                                                               boolean hadEmailWithDoubleOptIn) {
        if (!newDoubleOptIn || newChannels.isEmpty() || keysOf(newChannels).contains(EMAIL_CHANNEL)) {
            return Optional.empty();
        }
        return Optional.of(hadEmailWithDoubleOptIn
                ? new FieldViolation("channels", "purpose.double_opt_in.email_removed")
                : new FieldViolation("doubleOptIn", "purpose.double_opt_in.email_required"));
    }

    private static void refuse(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public Long getId() {
        return id;
    }

    public MaterialChange getOnMaterialChange() {
        return onMaterialChange;
    }

    /** What a material change of the text does to earlier acceptances. */
    public void changeOnMaterialChange(MaterialChange policy, Instant now) {
        this.onMaterialChange = policy;
        updatedAt = now;
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

    /** The channels' keys, sorted. */
    public Set<String> getChannelKeys() {
        return keysOf(channels);
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
