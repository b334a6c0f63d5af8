package com.consentmanager.web;

import com.consentmanager.platform.WebAddresses;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The company whose pages participants see: its name ({@value #NAME_SETTING}, default
 * {@value #DEFAULT_NAME}) and optional logo ({@value #LOGO_SETTING}) in the public pages' header.
 * The logo is an absolute http(s) URL or a path under the application ({@code /resources/logo.png});
 * anything else stops the application at start-up, naming the setting, rather than showing a broken
 * image to every participant.
 */
@Named
@ApplicationScoped
public class Company {

    public static final String NAME_SETTING = "consent.company.name";
    public static final String LOGO_SETTING = "consent.company.logo-url";
    /** The product's name, shown before the company was configured. */
    public static final String DEFAULT_NAME = "Consent Manager";

    static final int MAX_LOGO_LENGTH = 2000;

    @Inject
    @ConfigProperty(name = NAME_SETTING, defaultValue = DEFAULT_NAME)
    String name;

    @Inject
    @ConfigProperty(name = LOGO_SETTING)
    Optional<String> logoUrl;

    private String logo;

    public Company() {
    }

    /** Outside the container (tests). */
    public Company(String name, String logoUrl) {
        this.name = name;
        this.logoUrl = Optional.ofNullable(logoUrl);
        checkSettings();
    }

    /** Creates the bean when the application starts, so that a wrong setting stops it there ({@link #checkSettings}). */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        // Nothing more: being called made the instance, and its check ran.
    }

    @PostConstruct
    void checkSettings() {
        name = name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
        logo = logoUrl.map(String::strip).filter(url -> !url.isEmpty()).orElse(null);
        if (logo != null && !isApplicationPath(logo) && WebAddresses.check(LOGO_SETTING, logo, MAX_LOGO_LENGTH).isPresent()) {
            throw new IllegalStateException(LOGO_SETTING + " must be an absolute http(s) URL or a path under the application"
                    + " such as /resources/logo.png, not \"" + logo + "\"");
        }
    }

    /** {@code /resources/logo.png}: no scheme, no host ({@code //host/...} is another site), nothing to climb out with. */
    private static boolean isApplicationPath(String address) {
        if (!address.startsWith("/") || address.startsWith("//") || address.length() > MAX_LOGO_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(address);
            return uri.getScheme() == null && uri.getAuthority() == null && !uri.getPath().contains("/../");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public String getName() {
        return name;
    }

    /** The logo's address as configured; null when there is none. */
    public String getLogoUrl() {
        return logo;
    }

    /** True when {@link #getLogoUrl} is a path under the application, to be put after its context path. */
    public boolean isLogoUnderApplication() {
        return logo != null && isApplicationPath(logo);
    }
}
