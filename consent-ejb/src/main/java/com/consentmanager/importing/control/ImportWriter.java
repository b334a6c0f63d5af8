package com.consentmanager.importing.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/**
 * Hands a chunk to {@link ImportChunks}: in the step named by the {@code apply} property it writes,
 * otherwise it only counts. Lines done are the last line's record number (header excluded).
 */
@Named
@Dependent
public class ImportWriter extends AbstractItemWriter {

    @Inject
    JobContext context;

    @Inject
    @BatchProperty
    String apply;

    @Inject
    ImportStore store;

    @Inject
    ImportChunks chunks;

    @Override
    public void writeItems(List<Object> items) {
        List<ParsedLine> lines = new ArrayList<>(items.size());
        items.forEach(item -> lines.add((ParsedLine) item));
        ImportSettings settings = store.settings(ImportJobs.jobId(context));
        chunks.process(settings, Boolean.parseBoolean(apply), lines, lines.get(lines.size() - 1).line() - 1);
    }
}
