/** The JAX-RS API under {@code /api/v1}: application, access filter, required bodies, yes/no parameters ({@link com.consentmanager.api.Flags}), the OpenAPI document and its shared names. */
package com.consentmanager.api;
