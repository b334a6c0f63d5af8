/**
 * Consent receipts as callers receive them: one JSON document per decision, found by its random
 * record id (ISO/IEC TS 27560, W3C DPV legal bases), for the REST API and the public pages.
 */
package com.consentmanager.receipt.boundary;
