package com.consentmanager.web.purpose;

import com.consentmanager.platform.BusinessException;
import com.consentmanager.platform.Languages;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.purpose.boundary.DoubleOptInMail;
import com.consentmanager.purpose.boundary.PartnerManagement;
import com.consentmanager.purpose.boundary.PartnerView;
import com.consentmanager.purpose.boundary.PurposeDraft;
import com.consentmanager.purpose.boundary.PurposeManagement;
import com.consentmanager.purpose.boundary.PurposeView;
import com.consentmanager.purpose.entity.PurposeKind;
import com.consentmanager.web.ConsoleMessages;
import com.consentmanager.web.FollowingKey;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code /console/purpose.xhtml}: {@code ?key=...} edits a purpose (read-only for OPERATOR
 * and AUDITOR), {@code ?kind=CONSENT|LEGAL_BASIS} creates one (ADMIN only). The key follows the
 * French subject while it is still the generated one and the purpose's key may change. Refusals of
 * {@link PurposeManagement} show next to their fields, on the tab that holds the first of them.
 */
@Named
@ViewScoped
public class PurposeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ADMIN = "ADMIN";

    @EJB
    private PurposeManagement management;

    @EJB
    private PartnerManagement partnerManagement;

    @Inject
    private ConsoleMessages messages;

    private String key;
    private String kind;
    private PurposeView purpose;
    private PurposeDraft draft;
    private final FollowingKey followingKey = new FollowingKey();
    private List<PartnerView> partners;
    private int tab;

    /** On GET: an unknown key answers 404; creating is for ADMIN only (403 for the others). */
    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (key != null && !key.isBlank()) {
            try {
                purpose = management.getPurpose(key);
            } catch (NotFoundException e) {
                refuse(404);
                return;
            }
            draft = PurposeDraft.of(purpose);
            String generated = management.suggestKey(draft.text(Languages.DEFAULT).getSubject());
            followingKey.reset(purpose.getKey().equals(generated) ? generated : null);
        } else if (Arrays.stream(PurposeKind.values()).anyMatch(value -> value.name().equals(kind))) {
            if (!external.isUserInRole(ADMIN)) {
                refuse(403);
                return;
            }
            draft = new PurposeDraft();
            draft.setKind(kind);
            draft.setOnMaterialChange("ASK_AGAIN");
        } else {
            refuse(404);
            return;
        }
        Languages.ALL.forEach(draft::text);
        if (draft.getDoubleOptInMail() == null) {
            draft.setDoubleOptInMail(new DoubleOptInMail());
        }
        partners = partnerManagement.listPartners(true).stream()
                .filter(partner -> partner.isActive() || partner.getKey().equals(draft.getPartner()))
                .toList();
    }

    /** Called as the admin types the French subject: a key still blank or still generated follows it. */
    public void suggestKey() {
        if (isKeyEditable()) {
            draft.setKey(followingKey.follow(draft.getKey(), () -> management.suggestKey(draft.text(Languages.DEFAULT).getSubject())));
        }
    }

    /** Creates or updates; on success, the page of the saved purpose (its key may have changed). */
    public String save() {
        try {
            PurposeView saved = purpose == null ? management.createPurpose(draft) : management.updatePurpose(purpose.getKey(), draft);
            messages.info(PurposesBacking.byKind(purpose == null ? "purpose.created" : "purpose.saved", saved),
                    saved.getKey(), saved.getCurrentVersion().getNumber());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/console/purpose?faces-redirect=true&key=" + URLEncoder.encode(saved.getKey(), StandardCharsets.UTF_8);
        } catch (BusinessException e) {
            messages.refusal(e, PurposeFields.CLIENT_IDS);
            if (!e.getViolations().isEmpty()) {
                messages.error("purpose.refused");
            }
            tab = PurposeFields.tabOf(e, tab);
            return null;
        }
    }

    private static void refuse(int status) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(status, null);
        faces.responseComplete();
    }

    /** "Add a consent", "Add a legal basis", or the kind and key of the purpose edited. */
    public String getTitle() {
        if (purpose == null) {
            return messages.text(isLegalBasis() ? "purpose.new.legal_basis" : "purpose.new.consent");
        }
        return messages.text("purpose.edit.title." + purpose.getKind().name(), purpose.getKey());
    }

    /** Only ADMIN changes purposes; the boundary refuses the others anyway. */
    public boolean isEditable() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(ADMIN);
    }

    public boolean isKeyEditable() {
        return isEditable() && (purpose == null || !purpose.isKeyLocked());
    }

    public boolean isChannelsEditable() {
        return isEditable() && (purpose == null || !purpose.isBuiltIn());
    }

    public boolean isLegalBasis() {
        return PurposeKind.LEGAL_BASIS.name().equals(draft.getKind());
    }

    /** Points (b) to (f): a legal basis is never (a), which is consent. */
    public List<String> getLegalBasisPoints() {
        return List.of("b", "c", "d", "e", "f");
    }

    public String getKey() { return key; }

    public void setKey(String key) { this.key = key; }

    public String getKind() { return kind; }

    public void setKind(String kind) { this.kind = kind; }

    /** The purpose as it was loaded; null while creating one. */
    public PurposeView getPurpose() { return purpose; }

    public PurposeDraft getDraft() { return draft; }

    public List<PartnerView> getPartners() { return partners; }

    /** The open tab: the one with the first refused field after a refusal. */
    public int getTab() { return tab; }

    public void setTab(int tab) { this.tab = tab; }
}
