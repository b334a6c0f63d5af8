/**
 * The rules of console users that need no database: usernames, the password policy, and the
 * PBKDF2 hashing every console password goes through (also used by the web module's identity store).
 */
package com.consentmanager.user.control;
