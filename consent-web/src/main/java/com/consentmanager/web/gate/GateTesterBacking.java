package com.consentmanager.web.gate;

import com.consentmanager.channel.boundary.ChannelManagement;
import com.consentmanager.channel.boundary.ChannelView;
import com.consentmanager.gate.boundary.Gate;
import com.consentmanager.gate.boundary.GateAnswer;
import com.consentmanager.platform.BusinessException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.profile.boundary.ProfileReference;
import com.consentmanager.profile.boundary.StatusCell;
import com.consentmanager.profile.boundary.StatusRow;
import com.consentmanager.purpose.boundary.PurposeFilter;
import com.consentmanager.purpose.boundary.PurposeManagement;
import com.consentmanager.purpose.boundary.PurposeTextView;
import com.consentmanager.purpose.boundary.PurposeView;
import com.consentmanager.web.ConsoleMessages;
import com.consentmanager.web.ConsoleTimes;
import com.consentmanager.web.LocaleBacking;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /console/gate-tester.xhtml} ("May we contact…?"): a person (email, phone or external
 * id), a channel and, optionally, a consent or legal basis go to {@link Gate#canContact}; the page
 * shows the answer, its reason and what stands behind it ({@link GateEvidence}). Refusals (a malformed
 * email, a channel that no longer exists) are shown next to the field they name.
 */
@Named
@ViewScoped
public class GateTesterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The gate's field names (it checks the reference as the first of a list) → the page's inputs. */
    static final Map<String, String> FIELDS = Map.of("profile", "gate:value", "profiles[0]", "gate:value",
            "profiles[0].email", "gate:value", "profiles[0].phone", "gate:value", "profiles[0].externalId", "gate:value",
            "channel", "gate:channel", "purpose", "gate:purpose");

    @Inject
    ConsoleTimes times;

    @EJB
    private Gate gate;

    @EJB
    private ChannelManagement channelManagement;

    @EJB
    private PurposeManagement purposeManagement;

    @Inject
    private GateEvidence evidence;

    @Inject
    private ConsoleMessages messages;

    @Inject
    private LocaleBacking localeBacking;

    private List<ChannelView> channels;
    private List<PurposeView> purposes;
    private ProfileReference.Kind kind = ProfileReference.Kind.EMAIL;
    private String value;
    private String channel;
    private String purpose;
    private GateAnswer answer;
    private GateFindings findings;

    @PostConstruct
    void init() {
        channels = channelManagement.listChannels();
        purposes = purposeManagement.listPurposes(new PurposeFilter(), 0, 500);
    }

    public void ask() {
        answer = null;
        findings = null;
        ProfileReference reference = new ProfileReference(kind, value);
        try {
            answer = gate.canContact(reference, purpose == null || purpose.isBlank() ? null : purpose, channel);
            findings = evidence.behind(reference, answer.getChannel(), answer.getPurpose(), localeBacking.getLanguage());
        } catch (NotFoundException e) {
            messages.refusal(onItsField(e), FIELDS);
        } catch (BusinessException e) {
            messages.refusal(e, FIELDS);
        }
    }

    /** An unknown channel or purpose key, next to its select (the gate names the key, not the field). */
    static BusinessException onItsField(NotFoundException notFound) {
        String key = notFound.getMessageKey();
        String field = key.startsWith("channel.") ? "channel" : key.startsWith("purpose.") ? "purpose" : null;
        return field == null ? notFound
                : new InvalidInputException(List.of(new FieldViolation(field, key, notFound.getArguments())));
    }

    /** A consent or legal basis in the select: its key and its subject in the console's language. */
    public String purposeLabel(PurposeView view) {
        PurposeTextView text = view.getCurrentVersion().text(localeBacking.getLanguage());
        return text == null || text.getSubject() == null ? view.getKey() : view.getKey() + " · " + text.getSubject();
    }

    public String channelLabel(ChannelView view) {
        return view.publicName(localeBacking.getLanguage()) + " (" + view.getKey() + ")";
    }

    /** The row's status on the channel asked about. */
    public StatusCell cell(StatusRow row) {
        return row.cell(answer.getChannel());
    }

    public String when(Instant instant) {
        return times.seconds(instant);
    }

    public List<ProfileReference.Kind> getKinds() { return List.of(ProfileReference.Kind.values()); }

    public List<ChannelView> getChannels() { return channels; }

    public List<PurposeView> getPurposes() { return purposes; }

    public ProfileReference.Kind getKind() { return kind; }

    public void setKind(ProfileReference.Kind kind) { this.kind = kind; }

    public String getValue() { return value; }

    public void setValue(String value) { this.value = value; }

    public String getChannel() { return channel; }

    public void setChannel(String channel) { this.channel = channel; }

    public String getPurpose() { return purpose; }

    public void setPurpose(String purpose) { this.purpose = purpose; }

    /** The last answer; null before the first question and after a refused one. */
    public GateAnswer getAnswer() { return answer; }

    public GateFindings getFindings() { return findings; }
}
