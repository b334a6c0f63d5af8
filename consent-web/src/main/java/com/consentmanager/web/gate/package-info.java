/**
 * The console's gate tester ({@code /console/gate-tester.xhtml}, every console role): asks the
 * contact gate ({@code Gate}) the question Message, Scenario and the other applications ask, shows
 * its answer and reason, and the person's statuses and evidence behind it, read through
 * {@code ProfileQueries} as the profile pages read them. Changes nothing.
 */
package com.consentmanager.web.gate;
