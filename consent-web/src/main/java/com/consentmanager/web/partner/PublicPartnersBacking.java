package com.consentmanager.web.partner;

import com.consentmanager.purpose.boundary.PartnerManagement;
import com.consentmanager.purpose.boundary.PartnerView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * Backs the public partner list {@code /public/partners.xhtml} (no sign-in). Read from the database
 * on every request, never cached: the CNIL asks for a list kept up to date.
 */
@Named
@RequestScoped
public class PublicPartnersBacking {

    @EJB
    private PartnerManagement management;

    private List<PartnerView> partners;

    public List<PartnerView> getPartners() {
        if (partners == null) {
            partners = management.listPublicPartners();
        }
        return partners;
    }
}
