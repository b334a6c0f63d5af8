package com.consentmanager.bench.server;

import com.consentmanager.expiry.boundary.ExpirySweep;
import com.consentmanager.expiry.boundary.SweepRunView;
import com.consentmanager.expiry.boundary.SweepTrigger;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Runs the product's expiry sweep once, as its timer does, and answers what it did and how long it
 * took ({@code expired}, {@code pending}, {@code nanos}, {@code outcome}). Bench deployment only.
 */
@Path("sweep")
public class SweepResource {

    @EJB
    ExpirySweep sweep;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String sweep() {
        long start = System.nanoTime();
        SweepRunView run = sweep.sweep(SweepTrigger.TIMER);
        long nanos = System.nanoTime() - start;
        return "expired=" + run.counts().expired() + "\npending=" + run.counts().pendingExpired() + "\nnanos=" + nanos
                + "\noutcome=" + run.outcome() + "\n";
    }
}
