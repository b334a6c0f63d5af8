/** The channel entity: key, public names per language, built-in flag. */
package com.consentmanager.channel.entity;
