package com.consentmanager.expiry.boundary;

import jakarta.ejb.Remote;

/** The remote view of activity recording. Global JNDI name: {@value #JNDI_NAME}. */
@Remote
public interface RemoteActivityRecording extends ActivityOperations {

    String JNDI_NAME = "java:global/consent/consent-ejb/ActivityRecorder!com.consentmanager.expiry.boundary.RemoteActivityRecording";
}
