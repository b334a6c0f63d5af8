package com.consentmanager.web.hardening;

import com.consentmanager.audit.control.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Tells the audit trail where each request comes from: the client address as the server sees it
 * and the user agent. (Behind a reverse proxy the server's remote address is the proxy's; trusting
 * forwarded headers is a deployment decision left to the proxy configuration.)
 */
@WebFilter(filterName = "requestOrigin", urlPatterns = "/*")
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.record(request.getRemoteAddr(), request.getHeader("User-Agent"));
        chain.doFilter(request, response);
    }
}
