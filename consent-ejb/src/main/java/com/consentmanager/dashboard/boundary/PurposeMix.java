package com.consentmanager.dashboard.boundary;

import java.io.Serializable;

/** The statuses of one active purpose by state (live): one status per person and channel. */
public record PurposeMix(String purposeKey, String subject, boolean partner, long accepted, long refused, long unknown, long pending)
        implements Serializable {

    public long total() {
        return accepted + refused + unknown + pending;
    }
}
