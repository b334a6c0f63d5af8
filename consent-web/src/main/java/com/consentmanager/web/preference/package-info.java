/**
 * The participant's own pages: one-click unsubscribe ({@code /u/{token}}, RFC 8058), its
 * confirmation page, the preference centre and the page asking for a new link.
 */
package com.consentmanager.web.preference;
