package com.consentmanager.web.expiry;

import com.consentmanager.expiry.boundary.ActivityTypeView;
import com.consentmanager.expiry.boundary.ExpiryPolicies;
import com.consentmanager.expiry.boundary.ExpiryPolicy;
import com.consentmanager.platform.BusinessException;
import com.consentmanager.web.ConsoleMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The purpose editor's Expiration tab: on/off, duration, prolonging activity types, re-permission
 * days, and declaring a custom activity type. Saved on its own (admin only; the boundary audits it).
 */
@Named
@ViewScoped
public class PurposeExpiryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "days", "editor:tabs:expiry-days",
            "prolongingTypes", "editor:tabs:expiry-types",
            "repermissionDays", "editor:tabs:expiry-repermission",
            "type", "editor:tabs:expiry-new-type");

    @EJB
    ExpiryPolicies policies;

    @Inject
    ConsoleMessages messages;

    private String purposeKey;
    private ExpiryPolicy policy;
    private List<ActivityTypeView> types;
    private String newType;

    /** The policy of the purpose the editor shows, read once per view. */
    public ExpiryPolicy policyOf(String key) {
        if (policy == null || !key.equals(purposeKey)) {
            purposeKey = key;
            policy = policies.policy(key);
            types = policies.activityTypes();
        }
        return policy;
    }

    public void save() {
        try {
            policy = policies.update(purposeKey, policy);
            messages.info("expiry.policy.saved");
        } catch (BusinessException e) {
            messages.refusal(e, FIELDS);
        }
    }

    public void declareType() {
        try {
            ActivityTypeView declared = policies.declareType(newType);
            types = policies.activityTypes();
            if (!policy.getProlongingTypes().contains(declared.key())) {
                policy.getProlongingTypes().add(declared.key());
            }
            newType = null;
        } catch (BusinessException e) {
            messages.refusal(e, FIELDS);
        }
    }

    /** Every declared type; those that can never prolong (EMAIL_OPEN) are shown disabled. */
    public List<ActivityTypeView> getTypes() {
        return types;
    }

    public String getNewType() {
        return newType;
    }

    public void setNewType(String newType) {
        this.newType = newType;
    }
}
