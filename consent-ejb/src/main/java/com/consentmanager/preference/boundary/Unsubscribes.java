package com.consentmanager.preference.boundary;

import com.consentmanager.platform.Masking;
import com.consentmanager.preference.control.PreferenceLinks;
import com.consentmanager.preference.control.PreferenceReads;
import com.consentmanager.profile.boundary.Origin;
import com.consentmanager.profile.control.Decisions;
import com.consentmanager.profile.entity.SourceType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * One-click unsubscribe (RFC 8058), for anyone who holds a mail's link: no sign-in, no cookie. Looking
 * changes nothing (mail scanners follow links); unsubscribing withdraws what the mail was about (its
 * purpose on its channel, or every purpose on email) with evidence of source {@code UNSUBSCRIBE_LINK},
 * and doing it twice changes nothing more. A revoked link still unsubscribes: withdrawing is never
 * refused.
 */
@Stateless
@PermitAll
public class Unsubscribes {

    static final String ACTOR = "participant";
    static final String EMAIL = "email";

    @Inject
    PreferenceLinks links;

    @Inject
    PreferenceReads reads;

    @Inject
    Decisions decisions;

    public UnsubscribeView inspect(String token, String language) {
        return links.find(token).map(link -> view(link, language, false)).orElseGet(UnsubscribeView::unknown);
    }

    /** Withdraws what the link's mail was about; an unknown link changes nothing and says so. */
    public UnsubscribeView unsubscribe(String token, Visitor visitor) {
        Optional<PreferenceLinks.Link> found = links.find(token);
        if (found.isEmpty()) {
            return UnsubscribeView.unknown();
        }
        PreferenceLinks.Link link = found.get();
        PreferenceReads.Person person = reads.person(link.profileId());
        Origin origin = Origin.of(SourceType.UNSUBSCRIBE_LINK, "link:" + link.id())
                .from(visitor.ipAddress(), visitor.userAgent()).in(visitor.language());
        decisions.withdraw(person.reference(), link.purposeId() == null ? null : reads.purposeKey(link.purposeId()),
                link.channelId() == null ? EMAIL : reads.channelKey(link.channelId()), origin, ACTOR);
        links.used(link);
        return view(link, visitor.language(), true);
    }

    private UnsubscribeView view(PreferenceLinks.Link link, String language, boolean done) {
        PreferenceReads.Person person = reads.person(link.profileId());
        return new UnsubscribeView(true, Masking.email(person.email()),
                link.purposeId() == null ? null : reads.subject(link.purposeId(), language),
                link.channelId() == null ? null : reads.channelName(link.channelId(), language), done);
    }
}
