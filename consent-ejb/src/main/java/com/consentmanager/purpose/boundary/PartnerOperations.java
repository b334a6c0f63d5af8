package com.consentmanager.purpose.boundary;

import java.util.List;

/**
 * Partners: third parties whose offers people may accept with a separate consent. Adding a partner
 * creates its partner consent; removing it archives its consents and takes it off the public list.
 */
public interface PartnerOperations {

    /** Every partner, active first, by name. */
    List<PartnerView> listPartners(boolean includeRemoved);

    /** The public partner list (anyone may read it: the CNIL asks for one kept up to date). */
    List<PartnerView> listPublicPartners();

    PartnerView getPartner(String key);

    String suggestKey(String name);

    /** Adds the partner and its partner consent (email, kind CONSENT). */
    PartnerView createPartner(PartnerDraft draft);

    /** Renames it or changes its privacy notice link; the key stays. */
    PartnerView updatePartner(String key, PartnerDraft draft);

    /** Archives its consents and takes it off the public list. */
    PartnerView removePartner(String key);
}
