package com.consentmanager.preference.boundary;

import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.Languages;
import com.consentmanager.platform.Masking;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.preference.control.LinkMails;
import com.consentmanager.preference.control.PreferenceLinks;
import com.consentmanager.preference.control.PreferenceReads;
import com.consentmanager.profile.boundary.Choice;
import com.consentmanager.profile.boundary.DecisionResult;
import com.consentmanager.profile.boundary.Origin;
import com.consentmanager.profile.control.Decisions;
import com.consentmanager.profile.control.Identities;
import com.consentmanager.profile.entity.SourceType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The preference centre, for whoever holds a person's link (no sign-in: the 256-bit token is the
 * proof; only its SHA-256 is stored). The person sees every purpose they can be offered or have a
 * status for, with the text in force, and accepts (double opt-in where the purpose asks for it),
 * refuses, withdraws everything, objects to a legal basis of Art. 6(1)(e) or (f), or objects to all
 * marketing (Art. 21). Each change is evidence of source {@code PREFERENCE_CENTRE} with the text
 * version shown, the address and the browser. A revoked or unknown link opens nothing.
 */
@Stateless
@PermitAll
public class PreferenceCentre {

    static final String ACTOR = "participant";
    /** The points of Art. 6(1) a person may object to (Art. 21(1)). */
    static final java.util.Set<String> OBJECTABLE = java.util.Set.of("e", "f");

    @PersistenceContext
    EntityManager em;

    @Inject
    PreferenceLinks links;

    @Inject
    PreferenceReads reads;

    @Inject
    Decisions decisions;

    @Inject
    LinkMails linkMails;

    public PreferencePage open(String token, String language) {
        return page(open(token), language, null);
    }

    /**
     * Accepts or refuses a purpose on a channel, as worded by {@code versionShown}; accepting a newer
     * text than the one an acceptance stands on records the new version (re-consent).
     */
    public PreferencePage choose(String token, String purposeKey, String channelKey, boolean accept, int versionShown,
                                 Visitor visitor) {
        PreferenceLinks.Link link = open(token);
        // A legal basis is a notice here: nothing to accept, and an objection only where Art. 21(1) gives
        // one, points (e) and (f). The page offers nothing else; a forged request gets no further.
        String[] kindAndBasis = reads.kindAndBasis(purposeKey).orElse(new String[] {"CONSENT", "a"});
        if ("LEGAL_BASIS".equals(kindAndBasis[0]) && (accept || !OBJECTABLE.contains(kindAndBasis[1]))) {
            throw InvalidInputException.of("purpose", "preference.legal_basis.not_a_choice", purposeKey);
        }
        Choice choice = new Choice(purposeKey, channelKey, accept ? "ACCEPTED" : "REFUSED");
        choice.setPurposeVersion(versionShown);
        DecisionResult result = decisions.recordFor(link.profileId(), List.of(choice), origin(link, visitor), ACTOR);
        links.used(link);
        return page(link, visitor.language(), result.getReceiptId());
    }

    /** Withdraws every accepted or pending status, on every channel. */
    public PreferencePage withdrawAll(String token, Visitor visitor) {
        PreferenceLinks.Link link = open(token);
        DecisionResult result = decisions.withdraw(reads.person(link.profileId()).reference(), null, null, origin(link, visitor), ACTOR);
        links.used(link);
        return page(link, visitor.language(), result.getReceiptId());
    }

    /** Objection to all marketing (Art. 21(2)): every status REFUSED, and no acceptance until an admin lifts it. */
    public PreferencePage object(String token, Visitor visitor) {
        PreferenceLinks.Link link = open(token);
        DecisionResult result = decisions.object(reads.person(link.profileId()).reference(), origin(link, visitor), ACTOR);
        links.used(link);
        return page(link, visitor.language(), result.getReceiptId());
    }

    /**
     * Revokes every link of the person and mails them a new one (the old link, forwarded or leaked,
     * stops opening the centre). Returns the masked address it goes to.
     */
    public String renewLink(String token, String language) {
        PreferenceLinks.Link link = open(token);
        PreferenceReads.Person person = reads.person(link.profileId());
        if (person.email() == null) {
            throw new NotFoundException("preference.link.no_email");
        }
        links.revokeAll(person.id());
        linkMails.queue(person.id(), person.email(), language(language, person), SourceType.PREFERENCE_CENTRE, ACTOR, null);
        return Masking.email(person.email());
    }

    /**
     * Mails a link to the address if a person has it; says nothing either way (the page answers the
     * same), so that nobody learns who is registered.
     */
    public void requestLink(String email, String language) {
        String address = Identities.email(email);
        List<com.consentmanager.platform.FieldViolation> violations = new java.util.ArrayList<>();
        if (address != null) {
            Identities.checkEmail("email", address, violations);
        }
        if (address == null || !violations.isEmpty()) {
            return;
        }
        em.createNativeQuery("select id, language from profile where email = ?1 and erased_at is null"
                        + " order by external_id is not null, id limit 1")
                .setParameter(1, address).getResultStream().findFirst().ifPresent(found -> {
                    Object[] row = (Object[]) found;
                    long id = ((Number) row[0]).longValue();
                    linkMails.queue(id, address, Languages.isSupported(language) ? language : (String) row[1],
                            SourceType.PREFERENCE_CENTRE, ACTOR, null);
                });
    }

    private PreferenceLinks.Link open(String token) {
        return links.find(token).filter(link -> !link.revoked())
                .orElseThrow(() -> new NotFoundException("preference.link.unknown"));
    }

    private PreferencePage page(PreferenceLinks.Link link, String language, String receiptId) {
        PreferenceReads.Person person = reads.person(link.profileId());
        List<PreferencePage.Item> items = reads.lines(person.id(), language).stream()
                .map(line -> new PreferencePage.Item(line.key(), "CONSENT".equals(line.kind()), line.lawfulBasis(),
                        OBJECTABLE.contains(line.lawfulBasis()), line.active(), line.doubleOptIn(),
                        line.partnerName(), line.version(), line.subject(), line.wording(), line.infoUrl(), line.additionalText(),
                        line.cells().stream().map(cell -> new PreferencePage.Channel(cell.channelKey(), cell.channelName(),
                                cell.state(), "ACCEPTED".equals(cell.state()) && cell.version() < line.materialVersion())).toList()))
                .toList();
        return new PreferencePage(Masking.email(person.email()), person.objected(), items, receiptId);
    }

    private static Origin origin(PreferenceLinks.Link link, Visitor visitor) {
        return Origin.of(SourceType.PREFERENCE_CENTRE, "link:" + link.id()).from(visitor.ipAddress(), visitor.userAgent())
                .in(Languages.isSupported(visitor.language()) ? visitor.language() : null);
    }

    private static String language(String language, PreferenceReads.Person person) {
        return Languages.isSupported(language) ? language : person.language();
    }
}
