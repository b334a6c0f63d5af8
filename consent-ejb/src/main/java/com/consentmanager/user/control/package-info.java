/**
 * The rules of console users: usernames, the password policy, the PBKDF2 hashing every console
 * password goes through (also used by the web module's identity store), and the sign-in throttle.
 */
package com.consentmanager.user.control;
