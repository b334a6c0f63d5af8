/**
 * Expiry in the console (the purpose editor's Expiration tab, the expiry page with upcoming
 * expirations, sweep history and "run now") and the public re-permission page.
 */
package com.consentmanager.web.expiry;
