package com.consentmanager.importing.control;

import jakarta.batch.api.Decider;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * After validation: an import asked to stop stops (STOPPED); a dry run stops (VALIDATED); all-or-nothing with errors stops (REJECTED);
 * otherwise the job applies the file.
 */
@Named
@Dependent
public class ImportDecider implements Decider {

    @Inject
    JobContext context;

    @Inject
    ImportStore store;

    @Override
    public String decide(StepExecution[] executions) {
        ImportSettings settings = store.settings(ImportJobs.jobId(context));
        if (store.stopRequested(settings.jobId())) {
            return "STOPPED";
        }
        if (settings.dryRun()) {
            return "VALIDATED";
        }
        return settings.allOrNothing() && settings.errors() > 0 ? "REJECTED" : "APPLY";
    }
}
