/** {@code /api/v1/gate}: may we contact this person, a list of people, a whole audience. */
package com.consentmanager.api.gate;
