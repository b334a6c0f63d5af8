/**
 * Double opt-in boundaries: {@link com.consentmanager.optin.boundary.Confirmations}, the public side (what a
 * confirmation link shows, confirming it, asking for a new one), and
 * {@link com.consentmanager.optin.boundary.PendingConfirmations}, the console's list of requests still waiting and resend.
 */
package com.consentmanager.optin.boundary;
