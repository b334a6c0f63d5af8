package com.consentmanager.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Objects;

/**
 * Backs {@code /login.xhtml} and the console's sign-out button. The credential goes to the
 * authentication mechanism through {@link SecurityContext#authenticate}; this bean only turns the
 * outcome into a redirect, or into one message that never tells which of the two fields was wrong.
 */
@Named
@RequestScoped
public class LoginBacking {

    static final String CONTINUE_PARAMETER = "continue";
    static final String CONSOLE_PREFIX = "/console/";
    static final String DEFAULT_TARGET = "/console/dashboard.xhtml";
    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private String username;
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        UsernamePasswordCredential credential = new UsernamePasswordCredential(
                Objects.toString(username, ""), new Password(Objects.toString(password, "")));
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                // A session opened before signing in must not keep its id (session fixation).
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                String target = target(external.getRequestParameterMap().get(CONTINUE_PARAMETER));
                external.redirect(external.getRequestContextPath() + target);
            }
            case SEND_FAILURE, NOT_DONE -> {
                String text = faces.getApplication().getResourceBundle(faces, "text").getString("login.failed");
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
        }
    }

    /**
     * Where to go after signing in: the page the mechanism sent the user away from, only when it is
     * a path inside the console; anything else (another site, {@code //host}, a scheme, a
     * backslash, control characters, dot segments) would make the login page an open redirect.
     */
    static String target(String requested) {
        boolean local = requested != null
                && requested.startsWith(CONSOLE_PREFIX)
                && !requested.contains("//")
                && !requested.contains("\\")
                && !requested.contains("..")
                && requested.chars().noneMatch(c -> c <= ' ' || c == 0x7f);
        return local ? requested : DEFAULT_TARGET;
    }

    /** Ends the authentication and the session; the language chosen in it goes with it. */
    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + LOGIN_PAGE);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
