package com.consentmanager.audit.control;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from (client address and user agent), filled in by the web
 * module for every HTTP request, so that audit rows say "from where". Empty for callers without
 * an HTTP request (remote EJB clients, timers).
 */
@RequestScoped
public class RequestOrigin {

    static final int USER_AGENT_MAX_LENGTH = 250;
    static final int ADDRESS_MAX_LENGTH = 64;

    private String address;
    private String userAgent;

    public void record(String address, String userAgent) {
        this.address = cut(address, ADDRESS_MAX_LENGTH);
        this.userAgent = cut(userAgent, USER_AGENT_MAX_LENGTH);
    }

    public String getAddress() {
        return address;
    }

    public String getUserAgent() {
        return userAgent;
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
