package com.consentmanager.web.hardening;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.Config;

import java.util.List;
import java.util.Set;

/**
 * The address of the client behind a request. It is the remote address of the connection, unless
 * that address is a trusted reverse proxy: then it is the right-most X-Forwarded-For hop that is
 * not itself a trusted proxy (hops further left are written by the client and prove nothing).
 * With no trusted proxy (the default) the header is ignored, so nobody chooses their own address.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The client of a request, with the trusted proxies of {@code consent.public.trusted-proxies}. */
    public static String of(HttpServletRequest request, Config config) {
        Set<String> trusted = Set.copyOf(config.getOptionalValues("consent.public.trusted-proxies", String.class).orElse(List.of()));
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted);
    }

    public static String of(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(remoteAddress)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        String client = remoteAddress;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (hop.isEmpty()) {
                break;
            }
            client = hop;
            if (!trustedProxies.contains(hop)) {
                break;
            }
        }
        return client;
    }
}
