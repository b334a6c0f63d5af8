/**
 * Console users. Entries: {@link com.consentmanager.user.boundary.ConsoleUserManagement} (users and
 * roles, own password) and {@link com.consentmanager.user.boundary.ConsoleUserDirectory} (sign-in
 * look-ups, the first administrator).
 */
package com.consentmanager.user.boundary;
