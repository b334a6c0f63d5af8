/**
 * The participant's own door: the preference centre ({@link com.consentmanager.preference.boundary.PreferenceCentre}),
 * one-click unsubscribe ({@link com.consentmanager.preference.boundary.Unsubscribes}) and the
 * re-consent asked after a material change of a purpose's text.
 */
package com.consentmanager.preference.boundary;
