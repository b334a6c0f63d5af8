package com.consentmanager.web.hardening;

import com.consentmanager.platform.Messages;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The server's root, when this application is the virtual server's default web module
 * ({@code server-config/asadmin/17-server-root.asadmin}): the server says nothing about itself.
 * {@code /} sends the visitor to the console; any other path the application does not serve at its
 * own context root is a 404 in the application's words (its error page, or problem JSON to a caller
 * that asks for JSON), never the server's welcome or error page. The application itself is served
 * at {@code /consent} only: at the root, its console and API are not reachable a second time. The
 * server's health endpoint keeps its path.
 */
@WebFilter(filterName = "serverRoot", urlPatterns = "/*")
public class ServerRootFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The application's context root. */
    static final String CONTEXT = "/consent";
    /** Paths the server itself serves at its root and that stay reachable. */
    static final Set<String> SERVER_PATHS = Set.of("/health");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getContextPath().isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI();
        if (SERVER_PATHS.stream().anyMatch(server -> path.equals(server) || path.startsWith(server + "/"))) {
            chain.doFilter(request, response);
        } else if (path.isEmpty() || "/".equals(path)) {
            response.sendRedirect(CONTEXT + "/");
        } else if (wantsJson(request)) {
            notFoundAsProblem(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("json");
    }

    private static void notFoundAsProblem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = request.getLocale() != null && "fr".equals(request.getLocale().getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "urn:consent-manager:problem:error.no_such_resource")
                .add("title", "Not Found")
                .add("status", HttpServletResponse.SC_NOT_FOUND)
                .add("detail", Messages.format(locale, "error.no_such_resource"))
                .add("code", "error.no_such_resource")
                .add("errors", Json.createArrayBuilder())
                .build().toString());
    }
}
