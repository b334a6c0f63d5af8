package com.consentmanager.api;

import com.consentmanager.platform.Scope;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope an API method needs (on the method, else on its class). An API key must carry it; a
 * console user must have a role that implies it. A method without one is refused to everybody.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresScope {
    Scope value();
}
