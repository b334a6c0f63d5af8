package com.consentmanager.gate.boundary;

import jakarta.ejb.Local;

/** The local view of the contact gate, for applications in this server. */
@Local
public interface Gate extends GateOperations {
}
