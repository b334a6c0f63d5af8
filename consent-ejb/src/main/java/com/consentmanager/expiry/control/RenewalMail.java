package com.consentmanager.expiry.control;

import com.consentmanager.platform.Html;
import com.consentmanager.mail.control.Outbox;
import com.consentmanager.mail.control.OutboxMail;
import com.consentmanager.platform.Languages;
import com.consentmanager.platform.TimeZoneSetting;
import com.consentmanager.platform.Tokens;
import com.consentmanager.preference.control.MailLinks;
import jakarta.enterprise.context.Dependent;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The re-permission mail, sent from the outbox: a new 256-bit token (only its SHA-256 is stored)
 * for the request, then the mail in the person's language, plain text and HTML, with the purpose's
 * subject, when it expires and the link to keep it.
 */
@Dependent
public class RenewalMail implements OutboxMail {

    private static final String TEXTS = "com.consentmanager.expiry.control.mail";

    @PersistenceContext
    EntityManager em;

    @Inject
    MailLinks mailLinks;

    @Inject
    TimeZoneSetting timeZone;

    @Inject
    @ConfigProperty(name = "consent.public-url", defaultValue = "http://localhost:8080/consent")
    String publicUrl;

    @Override
    public String kind() {
        return Outbox.RENEWAL;
    }

    /** False when there is nothing left to renew (already used). */
    @Override
    public boolean send(Session session, long requestId, String recipient, String language) throws MessagingException {
        Object[] row = (Object[]) em.createNativeQuery("select r.expires_at, r.purpose_id, r.profile_id from renewal_request r"
                        + " where r.id = ?1 and r.used_at is null for update")
                .setParameter(1, requestId).getResultStream().findFirst().orElse(null);
        if (row == null) {
            return false;
        }
        String token = Tokens.newToken();
        em.createNativeQuery("update renewal_request set token_hash = ?1 where id = ?2")
                .setParameter(1, Tokens.hash(token)).setParameter(2, requestId).executeUpdate();
        Locale locale = Locale.forLanguageTag(Languages.isSupported(language) ? language : Languages.DEFAULT);
        ResourceBundle texts = ResourceBundle.getBundle(TEXTS, locale, RenewalMail.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String subject = subject(((Number) row[1]).longValue(), locale.getLanguage());
        String expiry = timeZone.longDate(((Timestamp) row[0]).toInstant(), locale);
        String link = publicUrl.replaceAll("/+$", "") + "/public/renew.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.US_ASCII);
        String intro = MessageFormat.format(texts.getString("intro"), subject, expiry);

        MailLinks.Links links = mailLinks.forMail(((Number) row[2]).longValue(), ((Number) row[1]).longValue());
        String text = texts.getString("greeting") + "\n\n" + intro + "\n\n" + texts.getString("action") + "\n" + link + "\n\n"
                + texts.getString("ignore") + "\n\n" + mailLinks.footerText(locale, links) + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"><title>"
                + Html.escape(texts.getString("subject")) + "</title></head><body style=\"font-family:sans-serif;color:#1a1a1a\"><p>"
                + Html.escape(texts.getString("greeting")) + "</p><p>" + Html.escape(intro) + "</p><p><a href=\"" + Html.escape(link)
                + "\" style=\"display:inline-block;padding:10px 16px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:4px\">"
                + Html.escape(texts.getString("button")) + "</a></p><p>" + Html.escape(texts.getString("ignore")) + "</p>"
                + mailLinks.footerHtml(locale, links) + "</body></html>";

        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipients(Message.RecipientType.TO, recipient);
        message.setSubject(texts.getString("subject"), "UTF-8");
        message.setHeader("Content-Language", locale.getLanguage());
        mailLinks.addHeaders(message, links);
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8", "plain");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", plain, rich));
        message.setSentDate(new java.util.Date());
        Transport.send(message);
        return true;
    }

    /** The purpose's subject as its version in force words it (French when untranslated). */
    public String subject(long purposeId, String language) {
        return (String) em.createNativeQuery("""
                        select coalesce(t.subject, d.subject) from purpose p
                        join purpose_version v on v.purpose_id = p.id and v.number = p.current_version
                        join purpose_version_text d on d.version_id = v.id and d.language = 'fr'
                        left join purpose_version_text t on t.version_id = v.id and t.language = ?2
                        where p.id = ?1""")
                .setParameter(1, purposeId).setParameter(2, Languages.isSupported(language) ? language : Languages.DEFAULT)
                .getSingleResult();
    }

}
