package com.consentmanager.dashboard.boundary;

import java.io.Serializable;
import java.time.Instant;

/** The mail outbox (live): mails queued and not sent yet, failed mails, and when the oldest queued one was queued. */
public record OutboxHealth(long pending, long failed, Instant oldestPending) implements Serializable {
}
