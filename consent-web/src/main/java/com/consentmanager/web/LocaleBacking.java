package com.consentmanager.web;

import com.consentmanager.platform.Languages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages for this session: the browser's (Accept-Language) when it prefers
 * French or English, else English; then whatever the user picks with the FR / EN switch.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private Locale locale = Locale.ENGLISH;

    @PostConstruct
    void init() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            locale = preferred(faces.getExternalContext().getRequestHeaderMap().get("Accept-Language"));
        }
    }

    /**
     * Reads the header itself rather than {@code ServletRequest#getLocales()}, which answers with
     * the server's default locale when the header is missing.
     */
    static Locale preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? Locale.ENGLISH : Languages.supported(match);
        } catch (IllegalArgumentException malformedHeader) {
            return Locale.ENGLISH;
        }
    }

    public Locale getLocale() {
        return locale;
    }

    /** For {@code <html lang>} and for picking the public name of a channel in this language. */
    public String getLanguage() {
        return locale.getLanguage();
    }

    /**
     * Switches to a supported language (anything else keeps the current one) and redirects to the
     * same view with the same query string, so that a refresh keeps both the language and, on the
     * login page, the {@code continue} parameter (the switch form posts to the request URI).
     */
    public void switchTo(String language) throws IOException {
        if (Languages.isSupported(language)) {
            locale = Languages.supported(Locale.forLanguageTag(language));
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String view = faces.getApplication().getViewHandler().getActionURL(faces, faces.getViewRoot().getViewId());
        String query = ((HttpServletRequest) external.getRequest()).getQueryString();
        external.redirect(query == null ? view : view + "?" + query);
    }
}
