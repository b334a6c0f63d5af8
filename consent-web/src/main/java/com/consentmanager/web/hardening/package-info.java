/** Web hardening that applies to every page and API answer: security headers, secure cookies. */
package com.consentmanager.web.hardening;
