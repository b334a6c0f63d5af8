/**
 * The console's channel pages ("Gérer les canaux"): {@code /console/channels.xhtml} and its
 * {@link com.consentmanager.web.channel.ChannelsBacking}, which calls the channel boundary
 * ({@code ChannelManagement}) and shows its refusals next to the fields they name.
 */
package com.consentmanager.web.channel;
