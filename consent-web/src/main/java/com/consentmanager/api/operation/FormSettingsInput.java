package com.consentmanager.api.operation;

import com.consentmanager.operation.boundary.Offer;

import java.util.List;

/** The data-acquisition tab: the purposes offered, in form order. */
public class FormSettingsInput {

    private List<Offer> offers;

    public List<Offer> getOffers() {
        return offers;
    }

    public void setOffers(List<Offer> offers) {
        this.offers = offers;
    }
}
