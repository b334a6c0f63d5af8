package com.consentmanager.bench.server;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The benchmark's endpoints, under /consent-bench/bench. No sign-in: the benchmark domain listens on localhost. */
@ApplicationPath("bench")
public class BenchApplication extends Application {
}
