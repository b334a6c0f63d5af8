package com.consentmanager.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.ResourceBundle;

/**
 * Codes that pages show as words, from the {@code text} bundle in the page's language: an audit
 * action ({@code channel.updated} → {@code AuditAction.channel.updated}) or an activity type
 * ({@code CLICK} → {@code ActivityType.CLICK}). A code the bundle does not name shows as itself:
 * activity types declared by an admin have no translation, and a missing label must not break a page.
 */
@Named("codes")
@ApplicationScoped
public class CodeLabels {

    public static final String AUDIT_ACTION = "AuditAction.";
    public static final String ACTIVITY_TYPE = "ActivityType.";

    public String auditAction(String code) {
        return label(texts(), AUDIT_ACTION, code);
    }

    public String activityType(String code) {
        return label(texts(), ACTIVITY_TYPE, code);
    }

    static String label(ResourceBundle texts, String prefix, String code) {
        if (code == null) {
            return "";
        }
        String key = prefix + code;
        return texts.containsKey(key) ? texts.getString(key) : code;
    }

    private static ResourceBundle texts() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "text");
    }
}
