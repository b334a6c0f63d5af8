/** Activities over REST ({@code /api/v1/activities}): what prolongs statuses when a purpose expires. */
package com.consentmanager.api.expiry;
