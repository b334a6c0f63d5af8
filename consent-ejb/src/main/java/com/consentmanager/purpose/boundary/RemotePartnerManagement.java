package com.consentmanager.purpose.boundary;

import jakarta.ejb.Remote;

/** The remote view of partner management. Global JNDI name: {@value #JNDI_NAME}. */
@Remote
public interface RemotePartnerManagement extends PartnerOperations {

    String JNDI_NAME = "java:global/consent/consent-ejb/PartnerManager!com.consentmanager.purpose.boundary.RemotePartnerManagement";
}
