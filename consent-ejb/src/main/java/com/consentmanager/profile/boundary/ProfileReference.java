package com.consentmanager.profile.boundary;

import java.io.Serializable;
import java.util.Objects;

/** How a caller names a person: by email, by external id, or by phone (E.164). */
public final class ProfileReference implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the value is. */
    public enum Kind { EMAIL, EXTERNAL_ID, PHONE }

    private final Kind kind;
    private final String value;

    public ProfileReference(Kind kind, String value) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.value = value;
    }

    public static ProfileReference email(String email) {
        return new ProfileReference(Kind.EMAIL, email);
    }

    public static ProfileReference externalId(String externalId) {
        return new ProfileReference(Kind.EXTERNAL_ID, externalId);
    }

    public static ProfileReference phone(String phone) {
        return new ProfileReference(Kind.PHONE, phone);
    }

    public Kind getKind() {
        return kind;
    }

    public String getValue() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProfileReference that && kind == that.kind && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + value;
    }
}
