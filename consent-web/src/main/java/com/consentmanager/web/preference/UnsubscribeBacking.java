package com.consentmanager.web.preference;

import com.consentmanager.preference.boundary.UnsubscribeView;
import com.consentmanager.preference.boundary.Unsubscribes;
import com.consentmanager.preference.boundary.Visitor;
import com.consentmanager.web.LocaleBacking;
import com.consentmanager.web.hardening.ClientAddress;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.Config;

import java.io.Serializable;

/**
 * The page a one-click link opens in a browser ({@code GET /u/{token}} leads here): it says what
 * the button withdraws and changes nothing until the person presses it.
 */
@Named
@ViewScoped
public class UnsubscribeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LocaleBacking locales;

    @EJB
    Unsubscribes unsubscribes;

    @Inject
    transient Config config;

    private String token;
    private UnsubscribeView view = UnsubscribeView.unknown();

    public void load() {
        view = unsubscribes.inspect(token, language());
    }

    public void unsubscribe() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        view = unsubscribes.unsubscribe(token, new Visitor(ClientAddress.of(request, config), request.getHeader("User-Agent"), language()));
    }

    /** The page's language (the session's, as the template renders it: a view action runs before the view has its locale). */
    private String language() {
        return locales.getLanguage();
    }

    /** {@code UNKNOWN}, {@code READY} or {@code DONE}: what the page shows. */
    public String getState() {
        return !view.known() ? "UNKNOWN" : view.done() ? "DONE" : "READY";
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public UnsubscribeView getView() {
        return view;
    }
}
