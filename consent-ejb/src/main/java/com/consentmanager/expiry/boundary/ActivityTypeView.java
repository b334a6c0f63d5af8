package com.consentmanager.expiry.boundary;

import java.io.Serializable;

/** A declared activity type: built in or declared by an admin; whether it can prolong (never EMAIL_OPEN). */
public record ActivityTypeView(String key, boolean builtIn, boolean canProlong) implements Serializable {
}
