/**
 * Personal links (stored as SHA-256 only), the links and headers every mail carries (RFC 2369 and
 * RFC 8058), the mails of this feature, and the preference centre's reads.
 */
package com.consentmanager.preference.control;
