package com.consentmanager.importing.boundary;

/** An import was queued (or queued again for its real run); the queue starts it once committed. */
public record ImportQueued(long jobId) {
}
