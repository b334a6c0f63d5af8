/**
 * Web hardening: security headers and secure cookies on every page and API answer, the request's
 * origin for the audit trail, and the per-address rate limit of the public pages and routes.
 */
package com.consentmanager.web.hardening;
