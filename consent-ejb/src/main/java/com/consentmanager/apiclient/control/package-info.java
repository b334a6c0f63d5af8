/** API key format, generation and hashing. */
package com.consentmanager.apiclient.control;
