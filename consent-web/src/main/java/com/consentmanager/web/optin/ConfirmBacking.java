package com.consentmanager.web.optin;

import com.consentmanager.optin.boundary.ConfirmationView;
import com.consentmanager.optin.boundary.Confirmations;
import com.consentmanager.platform.TimeZoneSetting;
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
 * The confirmation link's page. Opening the link shows what it confirms and changes nothing (mail
 * scanners open links too); the person confirms with the button. Used, unknown and expired links
 * get a clear page; an expired one whose statuses still wait offers a new mail.
 */
@Named
@ViewScoped
public class ConfirmBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TimeZoneSetting timeZone;

    @EJB
    Confirmations confirmations;

    @Inject
    transient Config config;

    private String token;
    private ConfirmationView view = ConfirmationView.unknown();
    private boolean renewed;

    public void load() {
        view = confirmations.inspect(token, language());
    }

    public void confirm() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String address = ClientAddress.of(request, config);
        view = confirmations.confirm(token, language(), address, request.getHeader("User-Agent"));
    }

    public void renew() {
        renewed = confirmations.renew(token);
        view = confirmations.inspect(token, language());
    }

    private static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    public String getExpiry() {
        if (view.getExpiresAt() == null) {
            return "";
        }
        return timeZone.longDate(view.getExpiresAt(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public ConfirmationView getView() {
        return view;
    }

    public String getState() {
        return view.getState().name();
    }

    public boolean isRenewed() {
        return renewed;
    }
}
