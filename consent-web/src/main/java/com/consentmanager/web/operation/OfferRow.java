package com.consentmanager.web.operation;

import com.consentmanager.operation.boundary.Offer;
import com.consentmanager.purpose.entity.PurposeKind;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One purpose in the data-acquisition tab, as the admin sets it before saving: activated or not,
 * which of its channels the form offers, answer required or not (consents only: a legal basis is a
 * notice without a box).
 */
public final class OfferRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String purpose;
    private final PurposeKind kind;
    private final String subject;
    private final String partnerName;
    private final LinkedHashMap<String, String> available;
    private boolean offered;
    private ArrayList<String> channels = new ArrayList<>();
    private boolean required;

    /** {@code available}: the purpose's channels, key → public name in the console's language. */
    OfferRow(String purpose, PurposeKind kind, String subject, String partnerName, Map<String, String> available) {
        this.purpose = purpose;
        this.kind = kind;
        this.subject = subject;
        this.partnerName = partnerName;
        this.available = new LinkedHashMap<>(available);
    }

    /** Starts from what the operation offers now. */
    OfferRow offering(Offer offer) {
        offered = true;
        channels = new ArrayList<>(offer.getChannels());
        required = offer.isRequired();
        return this;
    }

    /** What the boundary takes; null when not activated. */
    Offer toOffer() {
        return offered ? new Offer(purpose, channels, required && !isNotice()) : null;
    }

    public boolean isNotice() {
        return kind == PurposeKind.LEGAL_BASIS;
    }

    /** Activated without any channel: the form would not show it, and saving is refused. */
    public boolean isMissingChannel() {
        return offered && channels.isEmpty();
    }

    public String getPurpose() { return purpose; }

    public PurposeKind getKind() { return kind; }

    public String getSubject() { return subject; }

    public String getPartnerName() { return partnerName; }

    public Map<String, String> getAvailable() { return available; }

    public boolean isOffered() { return offered; }

    public void setOffered(boolean offered) { this.offered = offered; }

    public List<String> getChannels() { return channels; }

    public void setChannels(List<String> channels) { this.channels = channels == null ? new ArrayList<>() : new ArrayList<>(channels); }

    public boolean isRequired() { return required; }

    public void setRequired(boolean required) { this.required = required; }
}
