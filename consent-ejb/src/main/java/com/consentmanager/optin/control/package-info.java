/** Confirmation requests (tokens stored hashed), and the confirmation mail. */
package com.consentmanager.optin.control;
