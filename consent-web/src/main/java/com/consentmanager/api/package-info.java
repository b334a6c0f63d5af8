/** The JAX-RS API under {@code /api/v1}: application, access filter, the OpenAPI document and its shared names. */
package com.consentmanager.api;
