package com.consentmanager.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Whether a text is an IP address literal (IPv4 dotted quad, or IPv6), never looking a name up. */
public final class IpAddresses {

    private static final Pattern V4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern V6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+(%[0-9A-Za-z._-]+)?");

    private IpAddresses() {
    }

    public static boolean isLiteral(String text) {
        if (text == null || text.isEmpty() || text.length() > 64) {
            return false;
        }
        if (V4.matcher(text).matches()) {
            return true;
        }
        if (!text.contains(":") || !V6_CHARACTERS.matcher(text).matches()) {
            return false;
        }
        try {
            // In brackets, a literal is parsed as an IPv6 address and never resolved.
            InetAddress.getByName("[" + text + "]");
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
