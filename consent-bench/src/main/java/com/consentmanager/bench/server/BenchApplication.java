package com.consentmanager.bench.server;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/**
 * The benchmark's endpoints, under /consent/bench (bench.sh adds these classes to the web module of
 * a copy of consent.ear). Its classes are listed so that the API's scanned providers (sign-in and
 * scope checks of /api) do not apply here: the benchmark domain listens on localhost only.
 */
@ApplicationPath("bench")
public class BenchApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(TrivialResource.class, LoopResource.class, HeapResource.class, SweepResource.class);
    }
}
