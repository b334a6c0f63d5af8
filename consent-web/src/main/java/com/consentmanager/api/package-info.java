/** The JAX-RS API under {@code /api/v1}: application, access filter. */
package com.consentmanager.api;
