package com.consentmanager.api;

import com.consentmanager.api.problem.Problems;
import com.consentmanager.platform.Scope;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.util.Optional;

/**
 * Who may call the API: every call is authenticated (an API key as a Bearer token, or a console
 * user's HTTP Basic credentials, see the authentication mechanism) and must have the scope its
 * method requires ({@link RequiresScope}). Refusals are problem JSON: 401 with a
 * {@code WWW-Authenticate} challenge, or 403. Only a class marked {@link PublicRoute} (the OpenAPI
 * document) is open to anyone.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAccessFilter implements ContainerRequestFilter {

    @Context
    HttpHeaders headers;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource != null && resource.getResourceClass() != null
                && resource.getResourceClass().isAnnotationPresent(PublicRoute.class)) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            Response response = Problems.response(Response.Status.UNAUTHORIZED, "error.unauthenticated", headers);
            response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"consent-manager\"");
            response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"consent-manager\", charset=\"UTF-8\"");
            request.abortWith(response);
            return;
        }
        Optional<Scope> required = requiredScope();
        boolean allowed = required.isPresent() && (security.isUserInRole(required.get().roleName())
                || required.get().impliedBy().stream().anyMatch(role -> security.isUserInRole(role.name())));
        if (!allowed) {
            request.abortWith(Problems.response(Response.Status.FORBIDDEN, "error.forbidden", headers));
        }
    }

    private Optional<Scope> requiredScope() {
        if (resource == null || resource.getResourceMethod() == null) {
            return Optional.empty();
        }
        RequiresScope onMethod = resource.getResourceMethod().getAnnotation(RequiresScope.class);
        RequiresScope onClass = resource.getResourceClass().getAnnotation(RequiresScope.class);
        return Optional.ofNullable(onMethod != null ? onMethod : onClass).map(RequiresScope::value);
    }
}
