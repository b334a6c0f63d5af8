/** The rules of purposes' texts and versions, and the channel references purposes hold. */
package com.consentmanager.purpose.control;
