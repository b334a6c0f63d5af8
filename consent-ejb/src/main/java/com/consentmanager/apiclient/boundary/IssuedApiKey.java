package com.consentmanager.apiclient.boundary;

/** A newly issued key: {@code token} is shown once to the admin and never again. */
public record IssuedApiKey(ApiClientView client, String token) {
}
