package com.consentmanager.web.hardening;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly and SameSite=Lax always (a cross-site form post arrives without it),
 * Secure when the console is served over HTTPS ({@code consent.https=true}, i.e. CONSENT_HTTPS=true,
 * behind TLS).
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean https = ConfigProvider.getConfig().getOptionalValue("consent.https", Boolean.class).orElse(false);
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setSecure(https);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
    }
}
