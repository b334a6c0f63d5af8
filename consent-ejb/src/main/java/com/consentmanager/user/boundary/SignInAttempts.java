package com.consentmanager.user.boundary;

import com.consentmanager.user.control.LoginThrottle;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The sign-in throttle as the identity store sees it: is this user name locked, and the outcome of
 * each attempt (console form and API Basic credentials alike).
 */
@Stateless
public class SignInAttempts {

    @Inject
    LoginThrottle throttle;

    public boolean isLocked(String username) {
        return throttle.isLocked(username);
    }

    /** @return the failures in a row so far, this one included */
    public int failed(String username) {
        return throttle.recordFailure(username);
    }

    public void succeeded(String username) {
        throttle.recordSuccess(username);
    }
}
