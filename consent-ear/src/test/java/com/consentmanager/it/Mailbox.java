package com.consentmanager.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real SMTP server (GreenMail) in the test JVM, on the port the test domain's mail session uses
 * (port base + 25), and what the mail tests read from what it received: the parts of a
 * multipart/alternative mail and the confirmation link.
 */
final class Mailbox {

    /** The confirmation link of a mail: group 1 the link, group 2 its token. */
    static final Pattern LINK = Pattern.compile("(http\\S+/public/confirm\\.xhtml\\?token=([A-Za-z0-9_-]{43}))");

    private GreenMail smtp;

    static int port() {
        return Integer.getInteger("it.port.base", 14800) + 25;
    }

    /** The mailbox the test domain reads unsubscribe requests from (asadmin/test/90-unsubscribe-mailbox.asadmin). */
    static final String UNSUBSCRIBE_ADDRESS = "unsubscribe@localhost";

    /** IMAP beside SMTP: port base + 43, as server-config/bin/common.sh's MAIL_IMAP_PORT. */
    static int imapPort() {
        return Integer.getInteger("it.port.base", 14800) + 43;
    }

    void start() {
        smtp = new GreenMail(new ServerSetup[] {new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        smtp.start();
        smtp.setUser(UNSUBSCRIBE_ADDRESS, "unsubscribe", "unsubscribe-it");
    }

    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    MimeMessage await(String recipient) throws Exception {
        return await(recipient, 1).get(0);
    }

    /** Waits (at most a minute) until at least {@code count} mails reached the recipient; oldest first. */
    List<MimeMessage> await(String recipient, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        List<MimeMessage> mails = to(recipient);
        while (mails.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            mails = to(recipient);
        }
        assertThat(mails).as("mails to " + recipient).hasSizeGreaterThanOrEqualTo(count);
        return mails;
    }

    List<MimeMessage> to(String recipient) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(recipient)) {
                found.add(message);
            }
        }
        return found;
    }

    /** The part of this type of a multipart/alternative mail. */
    static String part(MimeMessage mail, String type) throws MessagingException, IOException {
        MimeMultipart alternative = (MimeMultipart) mail.getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        for (int i = 0; i < alternative.getCount(); i++) {
            BodyPart part = alternative.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    /** The confirmation link in the mail's plain text part. */
    static Matcher link(MimeMessage mail) throws MessagingException, IOException {
        Matcher link = LINK.matcher(part(mail, "text/plain"));
        assertThat(link.find()).as("a confirmation link").isTrue();
        return link;
    }
}
