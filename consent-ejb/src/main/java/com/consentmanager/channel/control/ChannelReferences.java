package com.consentmanager.channel.control;

/**
 * Tells whether something (a purpose, later an operation) uses a channel, which forbids deleting
 * it. Features that reference channels provide an implementation as a CDI bean; the channel
 * boundary asks all of them.
 */
public interface ChannelReferences {

    /** The message key explaining the use, or {@code null} when the channel is not used. */
    String usageOf(long channelId);
}
