package com.consentmanager.mail.boundary;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Delivers the outbox: every few seconds (non-persistent interval timer, one per server; the
 * worker's claims keep servers from sending the same row), claims due mails and sends them.
 * Nothing is lost while SMTP is down: the rows wait and go out when it returns.
 */
@Singleton
@Startup
@PermitAll
public class OutboxSender {

    static final int BATCH = 20;

    @Resource
    TimerService timers;

    @EJB
    OutboxWorker worker;

    @Inject
    @ConfigProperty(name = "consent.outbox.interval-seconds", defaultValue = "5")
    int intervalSeconds;

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, intervalSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("mail-outbox", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliverDue() {
        List<Long> claimed;
        do {
            claimed = worker.claim(BATCH);
            claimed.forEach(worker::deliver);
        } while (claimed.size() == BATCH);
    }
}
