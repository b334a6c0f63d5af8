package com.consentmanager.profile.boundary;

import jakarta.ejb.Remote;

/** The remote view of the profile directory. Global JNDI name: {@value #JNDI_NAME}. */
@Remote
public interface RemoteProfileQueries extends ProfileDirectoryOperations {

    String JNDI_NAME = "java:global/consent/consent-ejb/ProfileDirectory!com.consentmanager.profile.boundary.RemoteProfileQueries";
}
