package com.consentmanager.platform;

/**
 * A CDI event fired when channels, purposes or partners change, so that what caches them (the
 * contact gate's catalog) reloads once the change is committed.
 */
public final class ConfigurationChanged {

    private final String what;

    public ConfigurationChanged(String what) {
        this.what = what;
    }

    public String what() {
        return what;
    }
}
