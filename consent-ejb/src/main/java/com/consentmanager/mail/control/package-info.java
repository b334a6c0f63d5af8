/** The mail outbox: rows written with the business change, claimed and delivered by the sender. */
package com.consentmanager.mail.control;
