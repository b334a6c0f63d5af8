package com.consentmanager.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A route anyone may read without signing in (only the API's own description carries it): the
 * {@link ApiAccessFilter} lets it through. Everything else needs a {@link RequiresScope}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicRoute {
}
