package com.consentmanager.apiclient.boundary;

import java.util.Set;

/** Who a valid API key stands for: the client's name and its scopes (as role names). */
public record ApiCaller(String name, Set<String> scopes) {
}
