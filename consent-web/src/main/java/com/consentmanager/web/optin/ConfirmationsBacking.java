package com.consentmanager.web.optin;

import com.consentmanager.mail.boundary.OutboxEntryView;
import com.consentmanager.mail.boundary.OutboxMonitor;
import com.consentmanager.optin.boundary.PendingConfirmationView;
import com.consentmanager.optin.boundary.PendingConfirmations;
import com.consentmanager.platform.BusinessException;
import com.consentmanager.purpose.boundary.PurposeFilter;
import com.consentmanager.purpose.boundary.PurposeManagement;
import com.consentmanager.purpose.boundary.PurposeView;
import com.consentmanager.web.ConsoleMessages;
import com.consentmanager.web.ConsoleTimes;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /console/confirmations.xhtml} (ADMIN, OPERATOR, AUDITOR): the open double opt-in
 * confirmation requests (filtered by purpose and age; ADMIN and OPERATOR resend one) and the mail
 * outbox (filtered by state; ADMIN retries a failed mail). The rules and the audit live in the
 * boundaries, which refuse other callers anyway.
 */
@Named
@ViewScoped
public class ConfirmationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String REQUESTS = "pending:requests";
    static final String MAILS = "outbox:mails";

    @Inject
    ConsoleTimes times;

    @EJB
    private PendingConfirmations confirmations;

    @EJB
    private OutboxMonitor outbox;

    @EJB
    private PurposeManagement purposeManagement;

    @Inject
    private ConsoleMessages messages;

    @Inject
    private ConfirmationTable requests;

    @Inject
    private OutboxTable mails;

    private List<PurposeView> purposes;

    @PostConstruct
    void init() {
        purposes = purposeManagement.listPurposes(new PurposeFilter(), 0, 500).stream()
                .filter(PurposeView::isDoubleOptIn).toList();
    }

    /** A filter changed: back to the first page of its table. */
    public void filterRequests() {
        firstPage(REQUESTS);
    }

    public void filterMails() {
        firstPage(MAILS);
    }

    public void resend(PendingConfirmationView request) {
        try {
            confirmations.resend(request.getId());
            messages.info("confirmations.resent", request.getEmail());
        } catch (BusinessException e) {
            messages.refusal(e, Map.of());
        }
    }

    public void retry(OutboxEntryView mail) {
        try {
            outbox.retry(mail.getId());
            messages.info("outbox.retried", String.valueOf(mail.getId()));
        } catch (BusinessException e) {
            messages.refusal(e, Map.of());
        }
    }

    public boolean isResendAllowed() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("ADMIN") || external.isUserInRole("OPERATOR");
    }

    public boolean isRetryAllowed() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
    }

    public String when(Instant instant) {
        return times.seconds(instant);
    }

    public String resendQuestion(PendingConfirmationView request) {
        return messages.text("confirmations.resend.question", request.getEmail());
    }

    public String retryQuestion(OutboxEntryView mail) {
        return messages.text("outbox.retry.question", String.valueOf(mail.getId()), mail.getRecipient());
    }

    private static void firstPage(String table) {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(table) instanceof DataTable found) {
            found.setFirst(0);
        }
    }

    /** Purposes with double opt-in, for the filter. */
    public List<PurposeView> getPurposes() { return purposes; }

    public List<String> getStates() { return List.of("PENDING", "SENDING", "SENT", "FAILED"); }

    public ConfirmationTable getRequests() { return requests; }

    public OutboxTable getMails() { return mails; }
}
