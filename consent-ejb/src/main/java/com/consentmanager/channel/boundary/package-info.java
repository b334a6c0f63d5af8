/**
 * Channel management. Entry: {@link com.consentmanager.channel.boundary.ChannelManager}, through
 * its local ({@code ChannelManagement}) and remote ({@code RemoteChannelManagement}) views.
 */
package com.consentmanager.channel.boundary;
