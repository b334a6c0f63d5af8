package com.consentmanager.channel.boundary;

import com.consentmanager.platform.Languages;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A channel as callers see it (local or remote): a detached, serialisable copy. A plain class, not
 * a record: the IIOP runtime of remote EJBs cannot copy records. It names no server-side class
 * (entity, control): a remote client's ORB inspects it reflectively and must find every type it
 * mentions in the client jar ({@code consent-ejb-client.jar}).
 */
public final class ChannelView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final boolean builtIn;
    private final TreeMap<String, String> publicNames;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    public ChannelView(String key, boolean builtIn, Map<String, String> publicNames, Instant createdAt,
                       Instant updatedAt, long version) {
        this.key = key;
        this.builtIn = builtIn;
        this.publicNames = new TreeMap<>(publicNames);
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    public String getKey() {
        return key;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    /** Public names by language code ({@code fr}, {@code en}). */
    public Map<String, String> getPublicNames() {
        return new TreeMap<>(publicNames);
    }

    /** The public name in the given language, else in the default language. */
    public String publicName(String language) {
        String name = publicNames.get(language);
        return name != null ? name : publicNames.getOrDefault(Languages.DEFAULT, key);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChannelView that && key.equals(that.key) && builtIn == that.builtIn
                && version == that.version && publicNames.equals(that.publicNames);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, version);
    }

    @Override
    public String toString() {
        return "ChannelView[" + key + (builtIn ? ", built-in" : "") + ", " + publicNames + "]";
    }
}
