package com.consentmanager.web.hardening;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Security headers on every response. Pages get a Content-Security-Policy that forbids framing,
 * plugins, foreign form targets and base URIs; PrimeFaces adds its own policy for scripts (nonces,
 * {@code primefaces.CSP} in web.xml), and a browser enforces both. The API gets a policy that
 * allows nothing at all: it serves data, never documents. Console pages and API answers are never
 * cached, since they carry personal data.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PAGE_POLICY = "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean api = path.startsWith("/api/");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : PAGE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (api || path.startsWith("/console/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
