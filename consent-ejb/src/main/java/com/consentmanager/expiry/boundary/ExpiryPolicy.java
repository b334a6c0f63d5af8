package com.consentmanager.expiry.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A purpose's expiry policy, read and edited as a whole: on or off, the duration in days after the
 * last contact, the activity types that prolong it ("automatic maintenance") and, optionally, how
 * many days before expiry the re-permission mail goes out.
 */
public class ExpiryPolicy implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Three years: the CNIL's reference for prospects, from their last contact. */
    public static final int DEFAULT_DAYS = 1095;
    public static final int MAX_DAYS = 36_500;

    private boolean enabled;
    private int days = DEFAULT_DAYS;
    private List<String> prolongingTypes = new ArrayList<>();
    private Integer repermissionDays;

    public ExpiryPolicy() {
    }

    public ExpiryPolicy(boolean enabled, int days, List<String> prolongingTypes, Integer repermissionDays) {
        this.enabled = enabled;
        this.days = days;
        this.prolongingTypes = new ArrayList<>(prolongingTypes);
        this.repermissionDays = repermissionDays;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public List<String> getProlongingTypes() {
        return prolongingTypes;
    }

    public void setProlongingTypes(List<String> prolongingTypes) {
        this.prolongingTypes = prolongingTypes == null ? new ArrayList<>() : new ArrayList<>(prolongingTypes);
    }

    public Integer getRepermissionDays() {
        return repermissionDays;
    }

    public void setRepermissionDays(Integer repermissionDays) {
        this.repermissionDays = repermissionDays;
    }

    @Override
    public String toString() {
        return (enabled ? "on" : "off") + ", " + days + " days, prolonged by " + String.join(" ", prolongingTypes)
                + (repermissionDays == null ? "" : ", re-permission " + repermissionDays + " days before");
    }
}
