/** The JAX-RS API under {@code /api/v1}: application, access filter, required bodies, yes/no parameters ({@link com.consentmanager.api.Flags}). */
package com.consentmanager.api;
