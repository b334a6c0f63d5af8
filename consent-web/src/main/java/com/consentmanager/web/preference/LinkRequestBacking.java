package com.consentmanager.web.preference;

import com.consentmanager.preference.boundary.PreferenceCentre;
import com.consentmanager.web.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Asks for a link to the preference centre by email; the page answers the same whether the address is known or not. */
@Named
@ViewScoped
public class LinkRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LocaleBacking locales;

    @EJB
    PreferenceCentre centre;

    private String email;
    private boolean sent;

    public void send() {
        centre.requestLink(email, locales.getLanguage());
        sent = true;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
