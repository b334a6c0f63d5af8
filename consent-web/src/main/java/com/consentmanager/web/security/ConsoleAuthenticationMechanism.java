package com.consentmanager.web.security;

import com.consentmanager.apiclient.boundary.ApiClientManagement;
import com.consentmanager.user.boundary.ConsoleAccount;
import com.consentmanager.user.boundary.ConsoleUserDirectory;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;

/**
 * How people and programs sign in. The console uses a Faces login form: {@code LoginBacking} hands
 * the credential over through {@code SecurityContext.authenticate}, the caller is then kept in the
 * HTTP session. The REST API ({@code /api/*}) is stateless: each call carries an API key
 * ({@code Authorization: Bearer cm_...}, the caller's groups are the key's scopes) or a console
 * user's HTTP Basic credentials; it never creates a session nor redirects, and the API's own filter
 * answers 401/403 as problem JSON. Standard Jakarta Security only, so it runs on any EE 10 server.
 */
@ApplicationScoped
public class ConsoleAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String API_PREFIX = "/api/";
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    ApiClientManagement apiClients;

    @EJB
    ConsoleUserDirectory users;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return formLogin(context, credential);
        }
        String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
        if (path.startsWith(API_PREFIX)) {
            return apiLogin(request, context);
        }
        Principal sessionCaller = request.getUserPrincipal();
        if (sessionCaller != null) {
            if (stillEnabled(sessionCaller)) {
                return restoreFromSession(context, sessionCaller);
            }
            // Disabled (or deleted) since signing in: the session ends now, not at its time-out.
            request.getSession().invalidate();
            return context.isProtected() ? redirectToLogin(request, response, context, path) : context.doNothing();
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response, context, path);
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // No error page: the login form shows its own message.
            return AuthenticationStatus.SEND_FAILURE;
        }
        context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus apiLogin(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            // An unknown or revoked key leaves the call anonymous: the API filter answers 401.
            return apiClients.authenticate(header.substring(BEARER.length()).trim())
                    .map(caller -> context.notifyContainerAboutLogin(caller.name(), caller.scopes()))
                    .orElseGet(context::doNothing);
        }
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return context.doNothing();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return context.doNothing();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        // An invalid credential leaves the call anonymous: the API filter turns that into a 401.
        return result.getStatus() == CredentialValidationResult.Status.VALID
                ? context.notifyContainerAboutLogin(result)
                : context.doNothing();
    }

    /** The container keeps the caller of a registered session; tell it to use that caller again. */
    private boolean stillEnabled(Principal caller) {
        return users.findAccount(caller.getName()).map(ConsoleAccount::enabled).orElse(false);
    }

    private static AuthenticationStatus restoreFromSession(HttpMessageContext context, Principal caller)
            throws AuthenticationException {
        try {
            context.getHandler().handle(new Callback[]{new CallerPrincipalCallback(context.getClientSubject(), caller)});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SUCCESS;
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context, String path) {
        String target = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?continue="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
