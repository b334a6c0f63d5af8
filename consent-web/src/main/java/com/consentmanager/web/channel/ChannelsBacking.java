package com.consentmanager.web.channel;

import com.consentmanager.channel.boundary.ChannelChange;
import com.consentmanager.channel.boundary.ChannelManagement;
import com.consentmanager.channel.boundary.ChannelView;
import com.consentmanager.channel.boundary.NewChannel;
import com.consentmanager.platform.BusinessException;
import com.consentmanager.platform.Languages;
import com.consentmanager.web.ConsoleMessages;
import com.consentmanager.web.LocaleBacking;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Backs {@code /console/channels.xhtml}: the list, the "add a channel" form (its key follows the
 * name until the admin types a key of their own) and the edit form. The rules live in
 * {@link ChannelManagement}; this bean shows its refusals next to the fields they name.
 */
@Named
@ViewScoped
public class ChannelsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Field names of the business violations → client ids of the inputs in the page. */
    private static final Map<String, String> ADD_FIELDS = Map.of("name", "add:new-name", "key", "add:new-key");
    private static final Map<String, String> EDIT_FIELDS = Map.of("key", "edit:edit-key",
            "publicNames." + Languages.FRENCH, "edit:edit-name-fr", "publicNames." + Languages.ENGLISH, "edit:edit-name-en");

    @EJB
    private ChannelManagement management;

    @Inject
    private LocaleBacking localeBacking;

    @Inject
    private ConsoleMessages messages;

    private List<ChannelView> channels;
    private String newName;
    private String newKey;
    private String suggestedKey;
    private ChannelView edited;
    private String editKey;
    private final Map<String, String> editNames = new HashMap<>();

    @PostConstruct
    void load() {
        channels = management.listChannels();
    }

    /** Called as the admin types the name: a key still blank or still the last suggestion follows it. */
    public void suggestKey() {
        if (newKey == null || newKey.isBlank() || newKey.equals(suggestedKey)) {
            suggestedKey = management.suggestKey(newName);
            newKey = suggestedKey;
        }
    }

    public void add() {
        try {
            ChannelView added = management.createChannel(new NewChannel(newName, newKey, Map.of()));
            messages.info("channels.add.done", added.publicName(localeBacking.getLanguage()), added.getKey());
            newName = null;
            newKey = null;
            suggestedKey = null;
            load();
        } catch (BusinessException e) {
            messages.refusal(e, ADD_FIELDS);
        }
    }

    public void edit(String key) {
        try {
            edited = management.getChannel(key);
            editKey = edited.getKey();
            Languages.ALL.forEach(language -> editNames.put(language, edited.publicName(language)));
        } catch (BusinessException e) {
            messages.refusal(e, Map.of());
            load();
        }
    }

    public void save() {
        try {
            String key = edited.isBuiltIn() ? null : Objects.toString(editKey, "");
            ChannelView saved = management.updateChannel(edited.getKey(), new ChannelChange(key, editNames));
            messages.info("channels.edit.done", saved.getKey());
            cancelEdit();
            load();
        } catch (BusinessException e) {
            messages.refusal(e, EDIT_FIELDS);
        }
    }

    public void cancelEdit() {
        edited = null;
        editKey = null;
        editNames.clear();
    }

    public void delete(String key) {
        try {
            management.deleteChannel(key);
            messages.info("channels.delete.done", key);
            if (edited != null && edited.getKey().equals(key)) {
                cancelEdit();
            }
        } catch (BusinessException e) {
            messages.refusal(e, Map.of());
        }
        load();
    }

    public String deleteQuestion(ChannelView channel) {
        return messages.text("channels.delete.question", channel.publicName(localeBacking.getLanguage()), channel.getKey());
    }

    public List<ChannelView> getChannels() { return channels; }

    public String getNewName() { return newName; }

    public void setNewName(String newName) { this.newName = newName; }

    public String getNewKey() { return newKey; }

    public void setNewKey(String newKey) { this.newKey = newKey; }

    /** The channel being edited, as it was when the admin opened it; null when none is. */
    public ChannelView getEdited() { return edited; }

    public String getEditKey() { return editKey; }

    public void setEditKey(String editKey) { this.editKey = editKey; }

    /** The public names being edited, by language code. */
    public Map<String, String> getEditNames() { return editNames; }
}
