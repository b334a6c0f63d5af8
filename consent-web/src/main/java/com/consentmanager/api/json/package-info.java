/**
 * How the API reads JSON request bodies: {@link com.consentmanager.api.json.StrictJsonReader}, the one
 * reader for every resource, refuses what JSON-B alone would coerce or skip, naming the field.
 */
package com.consentmanager.api.json;
