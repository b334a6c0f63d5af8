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

/**
 * A real SMTP server (GreenMail) on the port the test domain's mail session sends to
 * (it.port.base + 25), and what arrived there.
 */
final class Mailbox implements AutoCloseable {

    static final Pattern CONFIRMATION_LINK = Pattern.compile("(http\\S+/public/confirm\\.xhtml\\?token=([A-Za-z0-9_-]{43}))");

    private final GreenMail smtp;

    private Mailbox() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.port.base", 14800) + 25, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    static Mailbox start() {
        return new Mailbox();
    }

    @Override
    public void close() {
        smtp.stop();
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

    /** Waits up to a minute for the count-th mail to the recipient. */
    List<MimeMessage> await(String recipient, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        List<MimeMessage> mails = to(recipient);
        while (mails.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            mails = to(recipient);
        }
        if (mails.size() < count) {
            throw new AssertionError("expected " + count + " mail(s) to " + recipient + ", got " + mails.size());
        }
        return mails;
    }

    static String part(MimeMessage mail, String type) throws MessagingException, IOException {
        MimeMultipart alternative = (MimeMultipart) mail.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            BodyPart part = alternative.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    /** The confirmation link of a double opt-in mail (from its plain-text part). */
    static String confirmationLink(MimeMessage mail) throws MessagingException, IOException {
        Matcher link = CONFIRMATION_LINK.matcher(part(mail, "text/plain"));
        if (!link.find()) {
            throw new AssertionError("no confirmation link in the mail");
        }
        return link.group(1);
    }
}
