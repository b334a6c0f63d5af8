package com.consentmanager.dashboard.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * Contactable people on one channel (from the summary): {@code contactable} as of {@code refreshedAt},
 * {@code before} 30 days earlier (null when unknown: no summary yet).
 */
public record ChannelReach(String channelKey, String name, long contactable, Long before, Instant refreshedAt)
        implements Serializable {

    /** Contactable now minus 30 days before; null when that is unknown. */
    public Long change() {
        return before == null ? null : contactable - before;
    }
}
