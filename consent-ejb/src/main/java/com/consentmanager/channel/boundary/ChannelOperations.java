package com.consentmanager.channel.boundary;

import java.util.List;

/**
 * What other applications and the web module may do with channels. Shared by the local and the
 * remote view; every method throws {@link com.consentmanager.platform.BusinessException}s with a
 * message key and, for bad input, the refused fields.
 */
public interface ChannelOperations {

    /** Every channel, built-in ones first, then by key. */
    List<ChannelView> listChannels();

    /** @throws com.consentmanager.platform.NotFoundException when no channel has this key */
    ChannelView getChannel(String key);

    /** The key that would be generated for this name (the console shows it while the admin types). */
    String suggestKey(String name);

    ChannelView createChannel(NewChannel channel);

    ChannelView updateChannel(String key, ChannelChange change);

    /** Refused for built-in channels and for channels any purpose uses. */
    void deleteChannel(String key);
}
