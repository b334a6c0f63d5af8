package com.consentmanager.web.purpose;

import com.consentmanager.channel.boundary.ChannelManagement;
import com.consentmanager.channel.boundary.ChannelView;
import com.consentmanager.channel.boundary.NewChannel;
import com.consentmanager.platform.BusinessException;
import com.consentmanager.web.ConsoleMessages;
import com.consentmanager.web.FollowingKey;
import com.consentmanager.web.LocaleBacking;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The channels of the purpose editor: the checkboxes' choices, and the "Gérer les canaux / Manage
 * channels" dialog where an admin adds a channel (through {@link ChannelManagement}, which decides
 * who may) and then finds it among the checkboxes.
 */
@Named
@ViewScoped
public class PurposeChannelsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("name", "editor:tabs:new-channel-name",
            "key", "editor:tabs:new-channel-key");

    @EJB
    private ChannelManagement management;

    @Inject
    private LocaleBacking localeBacking;

    @Inject
    private ConsoleMessages messages;

    private List<ChannelView> channels;
    private boolean open;
    private String newName;
    private String newKey;
    private final FollowingKey followingKey = new FollowingKey();

    @PostConstruct
    void load() {
        channels = management.listChannels();
    }

    public void open() {
        open = true;
        newName = null;
        newKey = null;
        followingKey.reset(null);
    }

    public void close() {
        open = false;
    }

    /** Called as the admin types the name. */
    public void suggestKey() {
        newKey = followingKey.follow(newKey, () -> management.suggestKey(newName));
    }

    public void add() {
        try {
            ChannelView added = management.createChannel(new NewChannel(newName, newKey, Map.of()));
            messages.info("channels.add.done", added.publicName(localeBacking.getLanguage()), added.getKey());
            load();
            open();
        } catch (BusinessException e) {
            messages.refusal(e, FIELDS);
        }
    }

    public String publicName(ChannelView channel) {
        return channel.publicName(localeBacking.getLanguage());
    }

    public List<ChannelView> getChannels() { return channels; }

    /** Whether the dialog shows. */
    public boolean isOpen() { return open; }

    public String getNewName() { return newName; }

    public void setNewName(String newName) { this.newName = newName; }

    public String getNewKey() { return newKey; }

    public void setNewKey(String newKey) { this.newKey = newKey; }
}
