/**
 * The reading of a purpose draft and the queries on purposes, the rules of purposes' texts and
 * versions, live forms kept whole, and the channel references purposes hold.
 */
package com.consentmanager.purpose.control;
