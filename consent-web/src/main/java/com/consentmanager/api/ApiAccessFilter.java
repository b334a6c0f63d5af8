package com.consentmanager.api;

import com.consentmanager.api.problem.Problems;
import com.consentmanager.user.entity.Role;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.util.Set;

/**
 * Who may call the API: every call is authenticated (HTTP Basic, see the authentication
 * mechanism); reading needs one of the console roles, changing needs ADMIN. Refusals are problem
 * JSON: 401 with a {@code WWW-Authenticate} challenge, or 403.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAccessFilter implements ContainerRequestFilter {

    private static final Set<String> READ_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            Response response = Problems.response(Response.Status.UNAUTHORIZED, "error.unauthenticated", headers);
            response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"consent-manager\", charset=\"UTF-8\"");
            request.abortWith(response);
            return;
        }
        boolean allowed = READ_METHODS.contains(request.getMethod())
                ? security.isUserInRole(Role.ADMIN_NAME) || security.isUserInRole(Role.OPERATOR_NAME)
                  || security.isUserInRole(Role.AUDITOR_NAME)
                : security.isUserInRole(Role.ADMIN_NAME);
        if (!allowed) {
            request.abortWith(Problems.response(Response.Status.FORBIDDEN, "error.forbidden", headers));
        }
    }
}
