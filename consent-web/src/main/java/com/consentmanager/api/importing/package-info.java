/** Consent imports over REST: upload (multipart), state and progress, the error report as CSV. */
package com.consentmanager.api.importing;
