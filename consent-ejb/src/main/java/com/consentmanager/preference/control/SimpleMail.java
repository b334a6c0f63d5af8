package com.consentmanager.preference.control;

import com.consentmanager.platform.Html;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.util.Locale;

/**
 * The shape of this feature's mails: a greeting, a paragraph, one button, a closing line and the
 * footer every mail carries, as plain text and HTML (every text escaped), with the unsubscribe
 * headers.
 */
record SimpleMail(String subject, String greeting, String intro, String button, String link, String closing) {

    MimeMessage render(Session session, String recipient, Locale locale, MailLinks mailLinks, MailLinks.Links links)
            throws MessagingException {
        String text = greeting + "\n\n" + intro + "\n\n" + button + " :\n" + link + "\n\n" + closing + "\n\n"
                + mailLinks.footerText(locale, links) + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"><title>"
                + Html.escape(subject) + "</title></head><body style=\"font-family:sans-serif;color:#1a1a1a\"><p>"
                + Html.escape(greeting) + "</p><p>" + Html.escape(intro) + "</p><p><a href=\"" + Html.escape(link)
                + "\" style=\"display:inline-block;padding:10px 16px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:4px\">"
                + Html.escape(button) + "</a></p><p>" + Html.escape(closing) + "</p>"
                + mailLinks.footerHtml(locale, links) + "</body></html>";
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipients(Message.RecipientType.TO, recipient);
        message.setSubject(subject, "UTF-8");
        message.setHeader("Content-Language", locale.getLanguage());
        mailLinks.addHeaders(message, links);
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8", "plain");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", plain, rich));
        message.setSentDate(new java.util.Date());
        return message;
    }
}
