package com.consentmanager.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.Callable;

/**
 * Runs test code with the ADMIN role, as the boundaries require: in-container tests are otherwise
 * anonymous callers. Deployed with the in-container tests only, never in the product.
 */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class AsAdmin {

    /** The run-as principal (glassfish-ejb-jar.xml, glassfish-application.xml). */
    public static final String PRINCIPAL = "it-admin";

    /**
     * A view of a boundary whose every call runs through this bean (its injected reference), hence
     * with the ADMIN role; what the boundary throws reaches the caller unchanged.
     */
    @SuppressWarnings("unchecked")
    public static <T> T wrap(AsAdmin asAdmin, Class<T> view, T boundary) {
        return (T) Proxy.newProxyInstance(view.getClassLoader(), new Class<?>[]{view}, (proxy, method, arguments) -> {
            try {
                return asAdmin.call(() -> method.invoke(boundary, arguments));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(Runnable work) {
        work.run();
    }

    /**
     * What the work throws, caught inside this bean: exactly what the called boundary threw, before
     * this test bean's own container could reinterpret it.
     */
    public Throwable failure(Callable<?> work) {
        try {
            work.call();
            return null;
        } catch (Exception e) {
            return e;
        }
    }
}
