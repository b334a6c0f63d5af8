/**
 * The contact gate: "may we contact this person on this channel about this purpose?", one person at
 * a time, for a list of people, or as a whole audience; local and remote views.
 */
package com.consentmanager.gate.boundary;
