package com.consentmanager.optin.control;

import com.consentmanager.platform.Html;
import com.consentmanager.mail.control.Outbox;
import com.consentmanager.mail.control.OutboxMail;
import com.consentmanager.platform.Languages;
import com.consentmanager.platform.TimeZoneSetting;
import com.consentmanager.platform.Tokens;
import com.consentmanager.preference.control.MailLinks;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The double opt-in mail: in the person's language (French or English), plain text and HTML, the
 * subjects of every purpose to confirm (as the version they accepted words them), a link carrying
 * the token, and when it expires. Every text from the database is escaped in the HTML part. The
 * sender, subject and intro come from the purposes' own texts when they have some (see
 * {@link ConfirmationRequests#ownTexts}), else from the bundle and the mail session.
 */
@Dependent
public class ConfirmationMail implements OutboxMail {

    private static final String TEXTS = "com.consentmanager.optin.control.mail";

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfirmationRequests requests;

    @Inject
    MailLinks mailLinks;

    @Inject
    TimeZoneSetting timeZone;

    @Inject
    @ConfigProperty(name = "consent.public-url", defaultValue = "http://localhost:8080/consent")
    String publicUrl;

    @Override
    public String kind() {
        return Outbox.DOUBLE_OPT_IN;
    }

    /** A new token for the request (the previous one, if any mail carried it, stops working), then the mail. */
    @Override
    public boolean send(Session session, long requestId, String recipient, String language) throws MessagingException {
        Object[] row = (Object[]) em.createNativeQuery(
                        "select expires_at, profile_id from confirmation_request where id = ?1 and used_at is null for update")
                .setParameter(1, requestId)
                .getResultStream().findFirst().orElse(null);
        if (row == null) {
            return false;
        }
        Timestamp expiry = (Timestamp) row[0];
        String token = Tokens.newToken();
        em.createNativeQuery("update confirmation_request set token_hash = ?1 where id = ?2")
                .setParameter(1, Tokens.hash(token))
                .setParameter(2, requestId)
                .executeUpdate();
        // One-click unsubscribe from a confirmation mail withdraws what it asks to confirm: its one purpose, or everything.
        @SuppressWarnings("unchecked")
        List<Number> purposes = em.createNativeQuery("select distinct purpose_id from confirmation_item where request_id = ?1")
                .setParameter(1, requestId).getResultList();
        MailLinks.Links links = mailLinks.forMail(((Number) row[1]).longValue(),
                purposes.size() == 1 ? purposes.get(0).longValue() : null);
        String receipt = (String) em.createNativeQuery("""
                        select e.receipt_id from consent_event e
                        join confirmation_item i on i.purpose_id = e.purpose_id and i.channel_id = e.channel_id
                        where i.request_id = ?1 and e.profile_id = ?2 and e.event_state = 'PENDING' and e.receipt_id is not null
                        order by e.id desc limit 1""")
                .setParameter(1, requestId).setParameter(2, ((Number) row[1]).longValue())
                .getResultStream().findFirst().orElse(null);
        Transport.send(render(session, requestId, recipient, language, token, expiry.toInstant(), links, receipt));
        return true;
    }

    public MimeMessage render(Session session, long requestId, String recipient, String language, String token, Instant expiresAt,
                              MailLinks.Links links, String receiptId) throws MessagingException {
        String receipt = receiptId == null ? null : publicUrl.replaceAll("/+$", "") + "/api/v1/receipts/" + receiptId;
        Locale locale = Locale.forLanguageTag(Languages.isSupported(language) ? language : Languages.DEFAULT);
        ResourceBundle texts = ResourceBundle.getBundle(TEXTS, locale, ConfirmationMail.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> subjects = requests.subjects(requestId, locale.getLanguage());
        ConfirmationRequests.OwnTexts own = requests.ownTexts(requestId, locale.getLanguage());
        String title = own.subject() != null ? own.subject() : texts.getString("subject");
        String intro = own.intro() != null ? own.intro() : texts.getString("intro");
        String link = publicUrl.replaceAll("/+$", "") + "/public/confirm.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.US_ASCII);
        String expiry = timeZone.longDate(expiresAt, locale);

        StringBuilder text = new StringBuilder(texts.getString("greeting")).append("\n\n")
                .append(intro).append("\n");
        subjects.forEach(subject -> text.append(" - ").append(subject).append("\n"));
        text.append("\n").append(texts.getString("action")).append("\n").append(link).append("\n\n")
                .append(MessageFormat.format(texts.getString("expiry"), expiry)).append("\n\n")
                .append(texts.getString("ignore")).append("\n\n");
        if (receipt != null) {
            text.append(MessageFormat.format(texts.getString("receipt"), receipt)).append("\n\n");
        }
        text.append(mailLinks.footerText(locale, links)).append("\n");

        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"><title>").append(Html.escape(title))
                .append("</title></head><body style=\"font-family:sans-serif;color:#1a1a1a\"><p>")
                .append(Html.escape(texts.getString("greeting"))).append("</p><p>").append(Html.escape(intro).replace("\n", "<br>"))
                .append("</p><ul>");
        subjects.forEach(subject -> html.append("<li>").append(Html.escape(subject)).append("</li>"));
        html.append("</ul><p><a href=\"").append(Html.escape(link))
                .append("\" style=\"display:inline-block;padding:10px 16px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:4px\">")
                .append(Html.escape(texts.getString("button"))).append("</a></p><p>")
                .append(Html.escape(MessageFormat.format(texts.getString("expiry"), expiry))).append("</p><p>")
                .append(Html.escape(texts.getString("ignore"))).append("</p>");
        if (receipt != null) {
            html.append("<p><a href=\"").append(Html.escape(receipt)).append("\">").append(Html.escape(texts.getString("receipt.link")))
                    .append("</a></p>");
        }
        html.append(mailLinks.footerHtml(locale, links)).append("</body></html>");

        MimeMessage message = new MimeMessage(session);
        if (own.sender() != null) {
            message.setFrom(new InternetAddress(own.sender()));
        } else {
            message.setFrom();
        }
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, recipient);
        message.setSubject(title, "UTF-8");
        message.setHeader("Content-Language", locale.getLanguage());
        mailLinks.addHeaders(message, links);
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text.toString(), "UTF-8", "plain");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html.toString(), "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", plain, rich));
        message.setSentDate(new java.util.Date());
        return message;
    }


}
