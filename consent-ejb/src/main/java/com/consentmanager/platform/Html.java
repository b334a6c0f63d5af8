package com.consentmanager.platform;

/** Text written into HTML by hand (mails, the version diff): the five characters that HTML gives a meaning to, escaped. */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
