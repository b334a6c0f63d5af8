/** The public double opt-in confirmation page. */
package com.consentmanager.web.optin;
