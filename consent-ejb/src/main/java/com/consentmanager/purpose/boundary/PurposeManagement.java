package com.consentmanager.purpose.boundary;

import jakarta.ejb.Local;

/** The local view of purpose management, for the web module and applications in this server. */
@Local
public interface PurposeManagement extends PurposeOperations {
}
