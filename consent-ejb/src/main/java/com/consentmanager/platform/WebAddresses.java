package com.consentmanager.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Links people follow (an information PDF, a partner's privacy notice): absolute http(s) URLs only. */
public final class WebAddresses {

    private WebAddresses() {
    }

    /** Why the address is refused, if it is: not absolute, not http(s), white space, too long. */
    public static Optional<FieldViolation> check(String field, String address, int maxLength) {
        if (address.length() > maxLength) {
            return Optional.of(new FieldViolation(field, "url.too_long", maxLength));
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
                return Optional.of(new FieldViolation(field, "url.absolute_http", address));
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(new FieldViolation(field, "url.absolute_http", address));
        }
    }
}
