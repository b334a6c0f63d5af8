/** The rules of statuses and identities, and the ledger that writes evidence with each change. */
package com.consentmanager.profile.control;
