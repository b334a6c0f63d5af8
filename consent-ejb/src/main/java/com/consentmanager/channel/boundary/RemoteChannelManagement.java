package com.consentmanager.channel.boundary;

import jakarta.ejb.Remote;

/**
 * The remote view of channel management, for EE applications on other servers. Its global JNDI
 * name is stable: {@value #JNDI_NAME}.
 */
@Remote
public interface RemoteChannelManagement extends ChannelOperations {

    String JNDI_NAME = "java:global/consent/consent-ejb/ChannelManager!com.consentmanager.channel.boundary.RemoteChannelManagement";
}
