package com.consentmanager.receipt.control;

import com.consentmanager.purpose.entity.LawfulBasis;

/**
 * The points of GDPR Art. 6(1) as the W3C Data Privacy Vocabulary names them
 * (https://w3id.org/dpv#LegalBasis; prefix {@code dpv:} = {@code https://w3id.org/dpv#}), and as the
 * article is cited ({@code 6(1)(a)}).
 */
public final class DpvCodes {

    private DpvCodes() {
    }

    public static String code(LawfulBasis basis) {
        return switch (basis) {
            case A -> "dpv:Consent";
            case B -> "dpv:Contract";
            case C -> "dpv:LegalObligation";
            case D -> "dpv:VitalInterest";
            case E -> "dpv:PublicInterest";
            case F -> "dpv:LegitimateInterest";
        };
    }

    public static String gdprArticle(LawfulBasis basis) {
        return "6(1)(" + basis.point() + ")";
    }
}
