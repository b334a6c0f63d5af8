package com.consentmanager.importing.control;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Moves an import from VALIDATE to APPLY (counts and lines done start again: they now say what
 * changed) and keeps the job's row in step with the batch runtime: RUNNING when an execution
 * starts, a final state when it ends, then the next queued import starts.
 */
@Named
@Dependent
public class ImportPhases extends AbstractBatchlet implements JobListener {

    @Inject
    JobContext context;

    @Inject
    ImportQueue queue;

    @Override
    public String process() {
        queue.phase(ImportJobs.jobId(context), "APPLY");
        return "APPLY";
    }

    @Override
    public void beforeJob() {
        queue.running(ImportJobs.jobId(context), context.getExecutionId());
    }

    @Override
    public void afterJob() {
        long jobId = ImportJobs.jobId(context);
        String exit = context.getExitStatus();
        BatchStatus status = context.getBatchStatus();
        String state = status == BatchStatus.STOPPED || status == BatchStatus.STOPPING ? "STOPPED"
                : status == BatchStatus.FAILED ? "FAILED"
                : "VALIDATED".equals(exit) || "REJECTED".equals(exit) ? exit : "COMPLETED";
        queue.finished(jobId, state, "FAILED".equals(state) ? "The batch job failed (execution " + context.getExecutionId()
                + ", exit status " + exit + "): see the server log; restart it to resume where it stopped." : null);
        queue.startNext(BatchRuntime.getJobOperator());
    }
}
