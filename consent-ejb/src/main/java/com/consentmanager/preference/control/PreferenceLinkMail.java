package com.consentmanager.preference.control;

import com.consentmanager.mail.control.Outbox;
import com.consentmanager.mail.control.OutboxMail;
import com.consentmanager.platform.Languages;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Locale;
import java.util.ResourceBundle;

/** A person's new personal link to the preference centre, made when the mail is sent (the reference is the profile). */
@Dependent
public class PreferenceLinkMail implements OutboxMail {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailLinks mailLinks;

    @Override
    public String kind() {
        return Outbox.PREFERENCE_LINK;
    }

    /** False when the person was erased meanwhile. */
    @Override
    public boolean send(Session session, long profileId, String recipient, String language) throws MessagingException {
        boolean present = !em.createNativeQuery("select 1 from profile where id = ?1 and erased_at is null")
                .setParameter(1, profileId).getResultList().isEmpty();
        if (!present) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(Languages.isSupported(language) ? language : Languages.DEFAULT);
        ResourceBundle texts = MailLinks.texts(locale);
        MailLinks.Links links = mailLinks.forMail(profileId, null);
        Transport.send(new SimpleMail(texts.getString("link.subject"), texts.getString("link.greeting"), texts.getString("link.intro"),
                texts.getString("link.button"), links.preferenceCentre(), texts.getString("link.ignore"))
                .render(session, recipient, locale, mailLinks, links));
        return true;
    }
}
