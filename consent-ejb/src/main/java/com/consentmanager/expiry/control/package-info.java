/**
 * Expiry's set-based SQL (the due statuses, their evidence, re-permission invitations), activity
 * recording with the last prolonging activity kept per purpose and profile, and the renewal mail.
 */
package com.consentmanager.expiry.control;
