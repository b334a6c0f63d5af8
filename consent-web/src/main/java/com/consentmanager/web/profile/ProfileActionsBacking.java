package com.consentmanager.web.profile;

import com.consentmanager.platform.BusinessException;
import com.consentmanager.profile.boundary.ConsentRecording;
import com.consentmanager.preference.boundary.PersonLinks;
import com.consentmanager.profile.boundary.DecisionResult;
import com.consentmanager.profile.boundary.Origin;
import com.consentmanager.profile.boundary.ProfileQueries;
import com.consentmanager.profile.entity.SourceType;
import com.consentmanager.web.ConsoleMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;

/**
 * The admin actions of {@code /console/profile.xhtml}, each with a mandatory reason kept with the
 * evidence: withdraw on the person's behalf (source ADMIN), reset a refused legal basis, lift an
 * objection, erase. Only ADMIN sees them; the boundaries refuse everybody else anyway.
 */
@Named
@ViewScoped
public class ProfileActionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.of("purpose", "actions:purpose", "channel", "actions:channel",
            "reason", "actions:reason", "origin.reason", "actions:reason");

    @EJB
    private ConsentRecording recorder;

    @EJB
    private ProfileQueries profiles;

    @EJB
    private PersonLinks links;

    @Inject
    private ProfileBacking page;

    @Inject
    private ConsoleMessages messages;

    private String purpose;
    private String channel;
    private String reason;

    public void withdraw() {
        act(() -> {
            DecisionResult result = recorder.withdraw(page.getProfile().reference(), purpose, blankToNull(channel),
                    Origin.of(SourceType.ADMIN, null).because(reason));
            messages.info("profile.withdraw.done", result.getChanges().size());
        });
    }

    public void reset() {
        act(() -> {
            DecisionResult result = recorder.reset(page.getProfile().reference(), purpose, blankToNull(channel), reason);
            messages.info("profile.reset.done", result.getChanges().size());
        });
    }

    public void liftObjection() {
        act(() -> {
            recorder.liftObjection(page.getProfile().reference(), reason);
            messages.info("profile.lift_objection.done");
        });
    }

    /** Mails the person a link to their preference centre (no reason needed: it changes none of their choices). */
    public void sendLink() {
        try {
            links.send(page.getProfile().reference());
            messages.info("profile.link.sent");
        } catch (BusinessException e) {
            messages.refusal(e, FIELDS);
        }
    }

    public void erase() {
        act(() -> {
            profiles.erase(page.getProfile().reference(), reason);
            messages.info("profile.erase.done");
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
            reason = null;
            page.reload();
        } catch (BusinessException e) {
            messages.refusal(e, FIELDS);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getPurpose() { return purpose; }

    public void setPurpose(String purpose) { this.purpose = purpose; }

    public String getChannel() { return channel; }

    public void setChannel(String channel) { this.channel = channel; }

    public String getReason() { return reason; }

    public void setReason(String reason) { this.reason = reason; }
}
