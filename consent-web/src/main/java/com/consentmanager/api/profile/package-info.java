/** {@code /api/v1/submissions} and {@code /api/v1/profiles/...}: recording what people decide. */
package com.consentmanager.api.profile;
