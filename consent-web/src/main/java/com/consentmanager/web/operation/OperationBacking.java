package com.consentmanager.web.operation;

import com.consentmanager.operation.boundary.OperationDraft;
import com.consentmanager.operation.boundary.OperationManagement;
import com.consentmanager.operation.boundary.OperationView;
import com.consentmanager.operation.entity.OperationState;
import com.consentmanager.platform.BusinessException;
import com.consentmanager.platform.NotFoundException;
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
import java.util.Map;

/**
 * Backs the "General" tab of {@code /console/operation.xhtml}: {@code ?key=...} edits an operation
 * (read-only for AUDITOR), no key creates one (ADMIN and OPERATOR). The key follows the name while
 * it is still the generated one, and is locked once the operation has submissions (the evidence
 * refers to it). State actions: put live, close, reopen.
 */
@Named
@ViewScoped
public class OperationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABS = "operation:tabs:";
    private static final Map<String, String> FIELDS = Map.of("name", TABS + "name", "key", TABS + "key",
            "startsOn", TABS + "starts-on", "endsOn", TABS + "ends-on");

    @EJB
    private OperationManagement management;

    @Inject
    private ConsoleMessages messages;

    private String key;
    private OperationView operation;
    private OperationDraft draft;
    private final FollowingKey followingKey = new FollowingKey();
    private int tab;

    /** On GET: an unknown key answers 404; creating is for ADMIN and OPERATOR only (403 for the others). */
    public void load() throws IOException {
        if (key != null && !key.isBlank()) {
            try {
                operation = management.getOperation(key);
            } catch (NotFoundException e) {
                refuse(404);
                return;
            }
            draft = new OperationDraft(operation.getKey(), operation.getName(), operation.getStartsOn(), operation.getEndsOn());
            String generated = management.suggestKey(operation.getName());
            followingKey.reset(operation.getKey().equals(generated) ? generated : null);
        } else if (mayChange()) {
            draft = new OperationDraft();
        } else {
            refuse(403);
        }
    }

    /** Called as the name is typed: a key still blank or still generated follows it. */
    public void suggestKey() {
        if (isKeyEditable()) {
            draft.setKey(followingKey.follow(draft.getKey(), () -> management.suggestKey(draft.getName())));
        }
    }

    /** Creates or updates; on success, the page of the saved operation (its key may have changed). */
    public String save() {
        try {
            OperationView saved = operation == null ? management.createOperation(draft) : management.updateOperation(operation.getKey(), draft);
            messages.info(operation == null ? "operation.created" : "operation.saved", saved.getName(), saved.getKey());
            return reopen(saved);
        } catch (BusinessException e) {
            messages.refusal(e, FIELDS);
            return null;
        }
    }

    /** Put live (from draft), close (when live), reopen (when closed). */
    public String changeState(OperationState state) {
        try {
            OperationView changed = management.changeState(operation.getKey(), state);
            messages.info("operation.state.changed", changed.getName(), messages.text("operation.state." + changed.getState().name()));
            return reopen(changed);
        } catch (BusinessException e) {
            messages.refusal(e, Map.of());
            return null;
        }
    }

    private static String reopen(OperationView saved) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/console/operation?faces-redirect=true&key=" + URLEncoder.encode(saved.getKey(), StandardCharsets.UTF_8);
    }

    public String question(String action) {
        return messages.text("operation.action." + action + ".question", operation.getName(), operation.getKey());
    }

    private static void refuse(int status) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(status, null);
        faces.responseComplete();
    }

    /** ADMIN and OPERATOR run operations; the boundary refuses the others anyway. */
    static boolean mayChange() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("ADMIN") || external.isUserInRole("OPERATOR");
    }

    public boolean isEditable() {
        return mayChange();
    }

    /** Locked once submissions exist: the evidence names the operation by its key. */
    public boolean isKeyEditable() {
        return isEditable() && (operation == null || operation.getSubmissions() == 0);
    }

    public String getTitle() {
        return operation == null ? messages.text("operation.new.title") : messages.text("operation.edit.title", operation.getName());
    }

    public String getKey() { return key; }

    public void setKey(String key) { this.key = key; }

    /** The open tab: 0 general, 1 data acquisition (only once the operation exists). */
    public int getTab() { return operation == null ? 0 : tab; }

    public void setTab(int tab) { this.tab = tab; }

    /** The operation as loaded; null while creating one. */
    public OperationView getOperation() { return operation; }

    public OperationDraft getDraft() { return draft; }
}
