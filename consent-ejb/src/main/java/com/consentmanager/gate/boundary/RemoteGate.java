package com.consentmanager.gate.boundary;

import jakarta.ejb.Remote;

/** The remote view of the contact gate. Global JNDI name: {@value #JNDI_NAME}. */
@Remote
public interface RemoteGate extends GateOperations {

    String JNDI_NAME = "java:global/consent/consent-ejb/ContactGate!com.consentmanager.gate.boundary.RemoteGate";
}
