package com.consentmanager.profile.entity;

import java.io.Serializable;

/**
 * Where a recorded fact comes from, as every status event, profile event and export names it: the
 * source (decided by the entry point, DOMAIN.md rule 12), its reference (operation form version,
 * import line, API client...), the actor (who signed in, or the product itself), the person's
 * address, user agent and language when known, and a reason (an admin's, or the product's). Its
 * length limits live here, once: the columns of {@code consent_event} and {@code profile_event} use
 * them, the entry points refuse what a caller sends beyond them, and {@link #of} clips what the
 * product itself reads (a browser's header may be longer than what is kept).
 */
public record Provenance(SourceType source, String reference, String actor, String ipAddress, String userAgent,
                         String language, String reason) implements Serializable {

    public static final int REFERENCE_MAX_LENGTH = 250;
    public static final int ACTOR_MAX_LENGTH = 250;
    /** An IPv6 address with a zone fits; anything longer is not an address. */
    public static final int ADDRESS_MAX_LENGTH = 64;
    public static final int USER_AGENT_MAX_LENGTH = 250;
    public static final int LANGUAGE_MAX_LENGTH = 8;
    public static final int REASON_MAX_LENGTH = 1000;
    /** No consent this registry records predates it: an earlier time is a mistake (0000-01-01...). */
    public static final java.time.Instant EARLIEST_EVENT_TIME = java.time.Instant.parse("2000-01-01T00:00:00Z");

    /** The provenance with every text cut to its column's length. */
    public static Provenance of(SourceType source, String reference, String actor, String ipAddress, String userAgent,
                                String language, String reason) {
        return new Provenance(source, clip(reference, REFERENCE_MAX_LENGTH), clip(actor, ACTOR_MAX_LENGTH),
                clip(ipAddress, ADDRESS_MAX_LENGTH), clip(userAgent, USER_AGENT_MAX_LENGTH), clip(language, LANGUAGE_MAX_LENGTH),
                clip(reason, REASON_MAX_LENGTH));
    }

    /** The text cut to {@code max} characters. */
    public static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
