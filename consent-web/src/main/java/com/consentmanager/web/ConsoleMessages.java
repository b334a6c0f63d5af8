package com.consentmanager.web;

import com.consentmanager.platform.BusinessException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.Messages;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Faces messages of the console pages in the session's language: a business refusal shown next to
 * the inputs its violations name, confirmations, and texts of the {@code text} bundle.
 */
@Dependent
public class ConsoleMessages implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LocaleBacking localeBacking;

    /**
     * Each violation next to its input; {@code fields} maps violation field names to the client ids
     * of the page's inputs (a field the page does not show becomes a global message).
     */
    public void refusal(BusinessException refusal, Map<String, String> fields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = localeBacking.getLocale();
        if (refusal.getViolations().isEmpty()) {
            message(null, FacesMessage.SEVERITY_ERROR,
                    Messages.format(locale, refusal.getMessageKey(), refusal.getArguments()));
        }
        for (FieldViolation violation : refusal.getViolations()) {
            String clientId = fields.get(violation.field());
            if (clientId != null && faces.getViewRoot().findComponent(clientId) instanceof UIInput input) {
                // Re-submit the typed value: an invalid input without one renders empty in PrimeFaces.
                input.setSubmittedValue(Objects.toString(input.getValue(), ""));
                input.setValid(false);
            }
            message(clientId, FacesMessage.SEVERITY_ERROR, violation.message(locale));
        }
        faces.validationFailed();
    }

    /** A global confirmation from the {@code text} bundle. */
    public void info(String key, Object... arguments) {
        message(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** A global error from the {@code text} bundle, e.g. beside a refusal shown next to fields. */
    public void error(String key, Object... arguments) {
        message(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    public String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "text").getString(key);
        return new MessageFormat(pattern, localeBacking.getLocale()).format(arguments);
    }

    private static void message(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
