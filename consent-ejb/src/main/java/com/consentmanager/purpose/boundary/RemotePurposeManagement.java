package com.consentmanager.purpose.boundary;

import jakarta.ejb.Remote;

/**
 * The remote view of purpose management, for EE applications on other servers. Its global JNDI
 * name is stable: {@value #JNDI_NAME}.
 */
@Remote
public interface RemotePurposeManagement extends PurposeOperations {

    String JNDI_NAME = "java:global/consent/consent-ejb/PurposeManager!com.consentmanager.purpose.boundary.RemotePurposeManagement";
}
