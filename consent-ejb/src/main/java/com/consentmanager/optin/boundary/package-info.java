/** The public side of double opt-in: what a confirmation link shows, confirming it, asking for a new one. */
package com.consentmanager.optin.boundary;
