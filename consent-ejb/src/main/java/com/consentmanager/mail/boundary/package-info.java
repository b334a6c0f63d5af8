/**
 * Delivering the mail outbox: a timer claims due rows and sends them through the server's mail session;
 * {@link com.consentmanager.mail.boundary.OutboxMonitor} is the console's view of it (state, last error, retry now).
 */
package com.consentmanager.mail.boundary;
