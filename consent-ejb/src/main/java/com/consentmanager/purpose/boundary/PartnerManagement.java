package com.consentmanager.purpose.boundary;

import jakarta.ejb.Local;

/** The local view of partner management. */
@Local
public interface PartnerManagement extends PartnerOperations {
}
