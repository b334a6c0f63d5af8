package com.consentmanager.preference.boundary;

import com.consentmanager.preference.control.MailboxRequests;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The mailbox behind the {@code mailto:} of every mail's {@code List-Unsubscribe} (RFC 2369), when
 * one is configured ({@code consent.unsubscribe.imap.host}; nothing runs otherwise): every minute it
 * reads the inbox over IMAP, unsubscribes each mail whose subject carries a link's token (as the
 * one-click POST does, source {@code UNSUBSCRIBE_LINK}), and deletes what it read, handled or not
 * (a mailbox of requests, not of correspondence); a failure stops the round before the failed mail is
 * deleted, and the next round takes it again. Requests wait in the mailbox while it is down.
 */
@Singleton
@Startup
@PermitAll
public class UnsubscribeMailbox {

    private static final Logger LOG = Logger.getLogger(UnsubscribeMailbox.class.getName());

    @Resource
    TimerService timers;

    @EJB
    Unsubscribes unsubscribes;

    @Inject
    @ConfigProperty(name = "consent.unsubscribe.imap.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "consent.unsubscribe.imap.port", defaultValue = "993")
    int port;

    @Inject
    @ConfigProperty(name = "consent.unsubscribe.imap.ssl", defaultValue = "true")
    boolean ssl;

    @Inject
    @ConfigProperty(name = "consent.unsubscribe.imap.user", defaultValue = "unsubscribe")
    String user;

    @Inject
    @ConfigProperty(name = "consent.unsubscribe.imap.password")
    Optional<String> password; // an empty default is "no value" to MicroProfile Config: optional, not ""

    @Inject
    @ConfigProperty(name = "consent.unsubscribe.imap.interval-seconds", defaultValue = "60")
    int intervalSeconds;

    private boolean failing;

    @PostConstruct
    void schedule() {
        if (host.filter(name -> !name.isBlank()).isPresent()) {
            long interval = Math.max(1, intervalSeconds) * 1000L;
            timers.createIntervalTimer(interval, interval, new TimerConfig("unsubscribe-mailbox", false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void read() {
        String protocol = ssl ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "10000");
        try (Store store = Session.getInstance(properties).getStore(protocol)) {
            store.connect(host.orElseThrow(), port, user, password.orElse(""));
            try (Folder inbox = store.getFolder("INBOX")) {
                inbox.open(Folder.READ_WRITE);
                for (Message message : inbox.getMessages()) {
                    Optional<String> token = MailboxRequests.token(message.getSubject());
                    // A request that fails (the database away) stays in the mailbox for the next round.
                    token.ifPresent(found -> unsubscribes.unsubscribe(found, new Visitor(null, "mailto", null)));
                    message.setFlag(Flags.Flag.DELETED, true);
                }
                inbox.expunge();
            }
            failing = false;
        } catch (MessagingException | RuntimeException e) {
            // Said once per outage, not every minute; the requests wait in the mailbox.
            LOG.log(failing ? Level.FINE : Level.WARNING, "Cannot read the unsubscribe mailbox " + host.orElse(""), e);
            failing = true;
        }
    }
}
