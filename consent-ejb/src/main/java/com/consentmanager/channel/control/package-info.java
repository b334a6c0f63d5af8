/** Channel rules (keys, names) and the extension point that protects channels in use. */
package com.consentmanager.channel.control;
