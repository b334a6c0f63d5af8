package com.consentmanager.web.preference;

import com.consentmanager.platform.BusinessException;
import com.consentmanager.platform.Messages;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.preference.boundary.PreferenceCentre;
import com.consentmanager.preference.boundary.PreferencePage;
import com.consentmanager.preference.boundary.Visitor;
import com.consentmanager.web.LocaleBacking;
import com.consentmanager.web.hardening.ClientAddress;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.Config;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * The preference centre's page. Each button is one decision recorded at once (evidence of source
 * PREFERENCE_CENTRE with the text version shown); withdrawing everything and objecting to all
 * marketing ask for a confirmation first. A refusal of the rules is shown, nothing half-done.
 */
@Named
@ViewScoped
public class PreferencesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LocaleBacking locales;

    @EJB
    PreferenceCentre centre;

    @Inject
    transient Config config;

    private String token;
    private PreferencePage page;
    private String confirming;
    private String sentTo;
    private boolean saved;

    public void load() {
        try {
            page = centre.open(token, locales.getLanguage());
        } catch (NotFoundException unknown) {
            page = null;
        }
    }

    public void accept(String purpose, String channel, int version) {
        act(() -> centre.choose(token, purpose, channel, true, version, visitor()));
    }

    public void refuse(String purpose, String channel, int version) {
        act(() -> centre.choose(token, purpose, channel, false, version, visitor()));
    }

    /** The first press of "withdraw everything" or "object" asks; the second, on the confirmation, acts. */
    public void ask(String what) {
        confirming = what;
        saved = false;
    }

    public void cancel() {
        confirming = null;
    }

    public void withdrawAll() {
        act(() -> centre.withdrawAll(token, visitor()));
    }

    public void objectAll() {
        act(() -> centre.object(token, visitor()));
    }

    public void newLink() {
        try {
            sentTo = centre.renewLink(token, locales.getLanguage());
            page = null;
        } catch (BusinessException refusal) {
            error(refusal);
        }
    }

    private void act(Supplier<PreferencePage> decision) {
        confirming = null;
        try {
            page = decision.get();
            saved = true;
        } catch (NotFoundException unknown) {
            page = null;
        } catch (BusinessException refusal) {
            saved = false;
            error(refusal);
        }
    }

    private static void error(BusinessException refusal) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = refusal.getViolations().isEmpty()
                ? Messages.format(context.getViewRoot().getLocale(), refusal.getMessageKey(), refusal.getArguments())
                : refusal.getViolations().get(0).message(context.getViewRoot().getLocale());
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private Visitor visitor() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return new Visitor(ClientAddress.of(request, config), request.getHeader("User-Agent"), locales.getLanguage());
    }

    public List<PreferencePage.Item> getConsents() {
        return page == null ? List.of() : page.purposes().stream().filter(item -> item.consent() && item.partnerName() == null).toList();
    }

    public List<PreferencePage.Item> getPartners() {
        return page == null ? List.of() : page.purposes().stream().filter(item -> item.consent() && item.partnerName() != null).toList();
    }

    public List<PreferencePage.Item> getNotices() {
        return page == null ? List.of() : page.purposes().stream().filter(item -> !item.consent()).toList();
    }

    /** Whether any status just became PENDING: the page says a confirmation mail is on its way. */
    public boolean isPending() {
        return saved && page != null && page.purposes().stream().flatMap(item -> item.channels().stream())
                .anyMatch(channel -> "PENDING".equals(channel.state()));
    }

    public PreferencePage getPage() {
        return page;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getConfirming() {
        return confirming;
    }

    public String getSentTo() {
        return sentTo;
    }

    public boolean isSaved() {
        return saved;
    }
}
