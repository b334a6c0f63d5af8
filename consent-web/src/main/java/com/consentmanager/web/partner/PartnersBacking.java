package com.consentmanager.web.partner;

import com.consentmanager.platform.BusinessException;
import com.consentmanager.purpose.boundary.PartnerDraft;
import com.consentmanager.purpose.boundary.PartnerManagement;
import com.consentmanager.purpose.boundary.PartnerView;
import com.consentmanager.web.ConsoleMessages;
import com.consentmanager.web.FollowingKey;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /console/partners.xhtml}: partners, active and removed, each with its consents; the
 * "add a partner" form (its key follows the name until the admin types one; adding it creates its
 * partner consent), the edit form (name, privacy notice) and removal (which archives its consents).
 * The rules live in {@link PartnerManagement}.
 */
@Named
@ViewScoped
public class PartnersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> ADD_FIELDS = Map.of("name", "add:new-name", "key", "add:new-key",
            "privacyUrl", "add:new-privacy-url");
    private static final Map<String, String> EDIT_FIELDS = Map.of("name", "edit:edit-name",
            "privacyUrl", "edit:edit-privacy-url");

    @EJB
    private PartnerManagement management;

    @Inject
    private ConsoleMessages messages;

    private List<PartnerView> partners;
    private final PartnerDraft added = new PartnerDraft();
    private final FollowingKey followingKey = new FollowingKey();
    private PartnerView edited;
    private final PartnerDraft change = new PartnerDraft();

    @PostConstruct
    void load() {
        partners = management.listPartners(true);
    }

    /** Called as the admin types the name. */
    public void suggestKey() {
        added.setKey(followingKey.follow(added.getKey(), () -> management.suggestKey(added.getName())));
    }

    public void add() {
        try {
            PartnerView partner = management.createPartner(added);
            messages.info("partners.add.done", partner.getName(), String.join(", ", partner.getPurposes()));
            added.setName(null);
            added.setKey(null);
            added.setPrivacyUrl(null);
            followingKey.reset(null);
            load();
        } catch (BusinessException e) {
            messages.refusal(e, ADD_FIELDS);
        }
    }

    public void edit(String key) {
        try {
            edited = management.getPartner(key);
            change.setName(edited.getName());
            change.setPrivacyUrl(edited.getPrivacyUrl());
        } catch (BusinessException e) {
            messages.refusal(e, Map.of());
            load();
        }
    }

    public void save() {
        try {
            PartnerView saved = management.updatePartner(edited.getKey(), change);
            messages.info("partners.edit.done", saved.getName());
            cancelEdit();
            load();
        } catch (BusinessException e) {
            messages.refusal(e, EDIT_FIELDS);
        }
    }

    public void cancelEdit() {
        edited = null;
        change.setName(null);
        change.setPrivacyUrl(null);
    }

    public void remove(String key) {
        try {
            PartnerView removed = management.removePartner(key);
            messages.info("partners.remove.done", removed.getName());
            if (edited != null && edited.getKey().equals(key)) {
                cancelEdit();
            }
        } catch (BusinessException e) {
            messages.refusal(e, Map.of());
        }
        load();
    }

    public String removeQuestion(PartnerView partner) {
        return messages.text("partners.remove.question", partner.getName());
    }

    /** Active first, then removed ones, by name. */
    public List<PartnerView> getPartners() { return partners; }

    /** The "add a partner" form's fields. */
    public PartnerDraft getAdded() { return added; }

    /** The partner being edited, as it was when the admin opened it; null when none is. */
    public PartnerView getEdited() { return edited; }

    /** The edit form's fields. */
    public PartnerDraft getChange() { return change; }
}
