package com.consentmanager.expiry.boundary;

import jakarta.ejb.Local;

/** The local view of activity recording. */
@Local
public interface ActivityRecording extends ActivityOperations {
}
