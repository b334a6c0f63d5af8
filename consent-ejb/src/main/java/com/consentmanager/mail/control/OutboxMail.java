package com.consentmanager.mail.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;

/**
 * The mail of one kind of outbox row, provided as a CDI bean by the feature that queues it (the
 * double opt-in confirmation, the re-permission invitation): the outbox claims, retries and records
 * delivery without knowing what any mail says.
 */
public interface OutboxMail {

    /** The outbox kind this sends ({@link Outbox#DOUBLE_OPT_IN}, {@link Outbox#RENEWAL}). */
    String kind();

    /**
     * Sends the mail of the row's reference, in the caller's transaction; false when there is nothing
     * left to send (the request was used or withdrawn meanwhile).
     */
    boolean send(Session session, long referenceId, String recipient, String language) throws MessagingException;
}
