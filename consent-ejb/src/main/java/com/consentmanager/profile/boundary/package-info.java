/**
 * Recording what people choose (decisions, withdrawals, objection, admin reset) with evidence, and
 * reading profiles: the boundaries with their local and remote views and what they exchange.
 */
package com.consentmanager.profile.boundary;
