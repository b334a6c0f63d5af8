package com.consentmanager.dashboard.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * Double opt-in confirmation requests still open (live), as the confirmations page lists them: how
 * many, how many of them have an expired link, and when the oldest was made (null when none).
 */
public record PendingOptIns(long open, long expired, Instant oldest) implements Serializable {
}
