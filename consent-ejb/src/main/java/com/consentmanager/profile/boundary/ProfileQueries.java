package com.consentmanager.profile.boundary;

import jakarta.ejb.Local;

/** The local view of the profile directory (the console, the REST API). */
@Local
public interface ProfileQueries extends ProfileDirectoryOperations {
}
