package com.consentmanager.channel.boundary;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * A change to a channel: a new key and/or new public names per language. A null key or a language
 * absent from {@code publicNames} is left as it is. A plain class: the IIOP runtime of remote EJBs
 * cannot copy records.
 */
public final class ChannelChange implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final TreeMap<String, String> publicNames;

    public ChannelChange(String key, Map<String, String> publicNames) {
        this.key = key;
        this.publicNames = publicNames == null ? new TreeMap<>() : new TreeMap<>(publicNames);
    }

    public String getKey() {
        return key;
    }

    public Map<String, String> getPublicNames() {
        return new TreeMap<>(publicNames);
    }
}
