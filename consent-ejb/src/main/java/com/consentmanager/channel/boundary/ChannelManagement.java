package com.consentmanager.channel.boundary;

import jakarta.ejb.Local;

/** The local view of channel management, used by the web module and applications in this server. */
@Local
public interface ChannelManagement extends ChannelOperations {
}
