package com.consentmanager.profile.boundary;

import jakarta.ejb.Local;

/** The local view of consent recording. */
@Local
public interface ConsentRecording extends ConsentOperations {
}
