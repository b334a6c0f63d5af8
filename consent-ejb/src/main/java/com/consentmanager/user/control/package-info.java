/** Rules around console users: the sign-in throttle. */
package com.consentmanager.user.control;
