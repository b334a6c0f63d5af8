package com.consentmanager.purpose.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The points of GDPR Art. 6(1). A consent is always (a); a legal basis is one of the others. */
public enum LawfulBasis {
    A("a"), B("b"), C("c"), D("d"), E("e"), F("f");

    private final String point;

    LawfulBasis(String point) {
        this.point = point;
    }

    /** The letter as written in the regulation and in the database: {@code a} to {@code f}. */
    public String point() {
        return point;
    }

    public boolean fits(PurposeKind kind) {
        return kind == PurposeKind.CONSENT ? this == A : this != A;
    }

    public static Optional<LawfulBasis> ofPoint(String point) {
        return point == null ? Optional.empty() : Arrays.stream(values())
                .filter(basis -> basis.point.equals(point.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
