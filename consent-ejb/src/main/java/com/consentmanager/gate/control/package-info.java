/** The gate's catalog of channels and purposes, and the rule that turns statuses into an answer. */
package com.consentmanager.gate.control;
