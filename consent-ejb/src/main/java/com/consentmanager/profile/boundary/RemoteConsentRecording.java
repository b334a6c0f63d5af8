package com.consentmanager.profile.boundary;

import jakarta.ejb.Remote;

/** The remote view of consent recording. Global JNDI name: {@value #JNDI_NAME}. */
@Remote
public interface RemoteConsentRecording extends ConsentOperations {

    String JNDI_NAME = "java:global/consent/consent-ejb/ConsentRecorder!com.consentmanager.profile.boundary.RemoteConsentRecording";
}
