/** {@code /api/v1/channels}. */
package com.consentmanager.api.channel;
