package com.consentmanager.importing.control;

import jakarta.batch.runtime.context.JobContext;

/** The job XML's name and its one parameter. */
public final class ImportJobs {

    public static final String JOB_XML = "consent-import";
    public static final String JOB_ID = "importJobId";

    private ImportJobs() {
    }

    static long jobId(JobContext context) {
        return Long.parseLong(context.getProperties().getProperty(JOB_ID));
    }
}
