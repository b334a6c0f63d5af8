/** Delivering the mail outbox: a timer claims due rows and sends them through the server's mail session. */
package com.consentmanager.mail.boundary;
