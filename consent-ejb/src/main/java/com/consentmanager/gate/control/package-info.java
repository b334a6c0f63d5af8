/** The gate's reads of statuses (plain JDBC), its catalog of channels and purposes, and the rule that turns statuses into an answer. */
package com.consentmanager.gate.control;
