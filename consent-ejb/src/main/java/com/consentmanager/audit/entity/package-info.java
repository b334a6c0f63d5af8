/** Audit rows: append-only. */
package com.consentmanager.audit.entity;
