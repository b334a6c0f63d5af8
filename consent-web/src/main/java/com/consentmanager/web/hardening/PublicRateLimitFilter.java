package com.consentmanager.web.hardening;

import com.consentmanager.api.problem.Problem;
import com.consentmanager.api.problem.Problems;
import com.consentmanager.platform.Languages;
import com.consentmanager.platform.Messages;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Limits how fast one client may call the public pages ({@code /public/*}) and the public API
 * ({@code /api/v1/public/*}), which need no sign-in: a token bucket per client address
 * ({@link PublicRateLimiter}, {@link ClientAddress}). Over the limit the answer is 429 with
 * Retry-After, as problem JSON on the API and as a short translated text on pages. Settings
 * (MicroProfile Config): {@value #BURST} (default {@value #DEFAULT_BURST}), {@value #PER_MINUTE}
 * (default {@value #DEFAULT_PER_MINUTE}), {@value #MAX_CLIENTS} (default
 * {@value #DEFAULT_MAX_CLIENTS}), {@value #TRUSTED_PROXIES} (comma-separated addresses, default
 * none). Limits hold per server instance.
 */
@WebFilter(filterName = "publicRateLimit", urlPatterns = {"/public/*", "/api/v1/public/*", "/u/*", "/api/v1/receipts/*"})
public class PublicRateLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String BURST = "consent.public.rate-limit.burst";
    static final String PER_MINUTE = "consent.public.rate-limit.per-minute";
    static final String MAX_CLIENTS = "consent.public.rate-limit.max-clients";
    static final String TRUSTED_PROXIES = "consent.public.trusted-proxies";
    static final int DEFAULT_BURST = 20;
    static final int DEFAULT_PER_MINUTE = 60;
    static final int DEFAULT_MAX_CLIENTS = 10_000;

    private static final String TEXT_BUNDLE = "com.consentmanager.web.text";

    private transient PublicRateLimiter limiter;
    private transient Set<String> trustedProxies;
    private transient Jsonb json;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        limiter = new PublicRateLimiter(
                config.getOptionalValue(BURST, Integer.class).orElse(DEFAULT_BURST),
                config.getOptionalValue(PER_MINUTE, Integer.class).orElse(DEFAULT_PER_MINUTE),
                config.getOptionalValue(MAX_CLIENTS, Integer.class).orElse(DEFAULT_MAX_CLIENTS),
                Clock.systemUTC());
        trustedProxies = Set.copyOf(config.getOptionalValues(TRUSTED_PROXIES, String.class).orElse(List.of()));
        json = JsonbBuilder.create();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String client = ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies);
        long retryAfter = limiter.acquire(client);
        if (retryAfter == 0) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = locale(request);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(retryAfter));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/api/")) {
            String code = "error.too_many_requests";
            Problem problem = Problems.problem(Response.Status.TOO_MANY_REQUESTS, code,
                    Messages.format(locale, code, retryAfter), List.of());
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(json.toJson(problem));
        } else {
            ResourceBundle texts = ResourceBundle.getBundle(TEXT_BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            response.setContentType("text/plain");
            response.getWriter().write(new MessageFormat(texts.getString("errors.429"), locale).format(new Object[]{retryAfter}));
        }
    }

    @Override
    public void destroy() {
        try {
            json.close();
        } catch (Exception e) {
            // nothing held that outlives the application
        }
    }

    /** The first language the caller accepts among French and English; English otherwise. */
    private static Locale locale(HttpServletRequest request) {
        return Collections.list(request.getLocales()).stream()
                .filter(locale -> Languages.isSupported(locale.getLanguage()))
                .findFirst()
                .map(Languages::supported)
                .orElse(Locale.ENGLISH);
    }
}
