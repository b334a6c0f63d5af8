package com.consentmanager.web.expiry;

import com.consentmanager.expiry.boundary.RenewalView;
import com.consentmanager.expiry.boundary.Renewals;
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
 * The re-permission link's page. Opening it shows what it keeps and changes nothing (mail scanners
 * open links too); the person renews with the button.
 */
@Named
@ViewScoped
public class RenewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TimeZoneSetting timeZone;

    @EJB
    Renewals renewals;

    @Inject
    transient Config config;

    private String token;
    private RenewalView view = RenewalView.unknown();

    public void load() {
        view = renewals.inspect(token, language());
    }

    public void renew() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        view = renewals.renew(token, language(), ClientAddress.of(request, config), request.getHeader("User-Agent"));
    }

    private static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    public String getExpiry() {
        return view.expiresAt() == null ? "" : timeZone.longDate(view.expiresAt(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public RenewalView getView() {
        return view;
    }

    public String getState() {
        return view.state().name();
    }
}
