/** {@code /api/v1/purposes} and {@code /api/v1/partners}. */
package com.consentmanager.api.purpose;
