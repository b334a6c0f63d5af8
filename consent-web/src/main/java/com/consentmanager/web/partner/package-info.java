/**
 * The partner pages: {@code /console/partners.xhtml} ({@link com.consentmanager.web.partner.PartnersBacking}:
 * partners with their consents; ADMIN adds, edits and removes) and the public, always up-to-date
 * partner list {@code /public/partners.xhtml} ({@link com.consentmanager.web.partner.PublicPartnersBacking},
 * no sign-in). They call {@code PartnerManagement} and show its refusals next to the fields they name.
 */
package com.consentmanager.web.partner;
