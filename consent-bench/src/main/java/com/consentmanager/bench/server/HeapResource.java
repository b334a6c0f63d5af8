package com.consentmanager.bench.server;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The server's heap in use, after a full collection when asked ({@code gc=true}): the live heap,
 * which is what grows if a request holds a whole audience in memory.
 */
@Path("heap")
public class HeapResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String heap(@QueryParam("gc") boolean gc) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        if (gc) {
            memory.gc();
        }
        return "used=" + memory.getHeapMemoryUsage().getUsed() + "\nmax=" + memory.getHeapMemoryUsage().getMax()
                + "\njava=" + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + "\n";
    }
}
