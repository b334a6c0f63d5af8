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

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The invitation to read a purpose's new text after a material change and choose again, with a
 * link to the preference centre (one-click unsubscribe withdraws that purpose on email). Not sent
 * when, meanwhile, the person accepted the new text, withdrew, objected or was erased.
 */
@Dependent
public class ReconsentMail implements OutboxMail {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailLinks mailLinks;

    @Inject
    PreferenceReads reads;

    @Override
    public String kind() {
        return Outbox.RECONSENT;
    }

    @Override
    public boolean send(Session session, long requestId, String recipient, String language) throws MessagingException {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select r.profile_id, r.purpose_id from reconsent_request r
                        join profile p on p.id = r.profile_id and p.erased_at is null and p.objected_at is null
                        where r.id = ?1 and exists (select 1 from consent_status s where s.profile_id = r.profile_id
                            and s.purpose_id = r.purpose_id and s.state = 'ACCEPTED' and s.purpose_version < r.purpose_version)""")
                .setParameter(1, requestId).getResultStream().findFirst().orElse(null);
        if (row == null) {
            return false;
        }
        long profileId = ((Number) row[0]).longValue();
        long purposeId = ((Number) row[1]).longValue();
        Locale locale = Locale.forLanguageTag(Languages.isSupported(language) ? language : Languages.DEFAULT);
        ResourceBundle texts = MailLinks.texts(locale);
        String subject = reads.subject(purposeId, locale.getLanguage());
        MailLinks.Links links = mailLinks.forMail(profileId, purposeId);
        Transport.send(new SimpleMail(MessageFormat.format(texts.getString("reconsent.subject"), subject),
                texts.getString("reconsent.greeting"), MessageFormat.format(texts.getString("reconsent.intro"), subject),
                texts.getString("reconsent.button"), links.preferenceCentre(), texts.getString("reconsent.ignore"))
                .render(session, recipient, locale, mailLinks, links));
        return true;
    }
}
