package com.consentmanager.web.preference;

import com.consentmanager.platform.Languages;
import com.consentmanager.preference.boundary.UnsubscribeView;
import com.consentmanager.preference.boundary.Unsubscribes;
import com.consentmanager.preference.boundary.Visitor;
import com.consentmanager.web.hardening.ClientAddress;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one-click unsubscribe address of every mail, {@code /u/{token}} (RFC 8058). {@code POST}
 * (what a mailbox provider sends, with {@code List-Unsubscribe=One-Click}; also the confirmation
 * page's button) withdraws what the mail was about with no sign-in, cookie or page: 200, and again
 * 200 when repeated; an unknown token is a 404 and writes nothing. {@code GET} changes nothing (mail
 * scanners open links): it sends the person to the confirmation page.
 */
@WebServlet(name = "oneClickUnsubscribe", urlPatterns = "/u/*")
public class OneClickUnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String TEXTS = "com.consentmanager.web.text";

    @EJB
    transient Unsubscribes unsubscribes;

    @Inject
    transient Config config;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + "/public/unsubscribe.xhtml?token="
                + URLEncoder.encode(token(request), StandardCharsets.UTF_8));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        UnsubscribeView view = unsubscribes.unsubscribe(token(request),
                new Visitor(ClientAddress.of(request, config), request.getHeader("User-Agent"), locale.getLanguage()));
        ResourceBundle texts = ResourceBundle.getBundle(TEXTS, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        response.setContentType("text/plain");
        response.setStatus(view.known() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND);
        response.getWriter().write(texts.getString(view.known() ? "unsubscribe.done.plain" : "unsubscribe.unknown"));
    }

    private static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null ? "" : path.substring(1);
    }

    /** The first language the caller accepts among French and English; French otherwise (the product's default). */
    private static Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.forLanguageTag(Languages.DEFAULT);
        }
        return Collections.list(request.getLocales()).stream().filter(locale -> Languages.isSupported(locale.getLanguage()))
                .findFirst().map(locale -> Locale.forLanguageTag(locale.getLanguage())).orElse(Locale.forLanguageTag(Languages.DEFAULT));
    }
}
