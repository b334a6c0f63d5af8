package com.consentmanager.importing.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;

/**
 * Reads an import's stored file line by line. Where it resumes comes from the job's row (lines
 * done, committed with the data), not from the runtime's checkpoint: the two cannot disagree.
 */
@Named
@Dependent
public class ImportReader extends AbstractItemReader {

    @Inject
    JobContext context;

    @Inject
    ImportStore store;

    @Inject
    Clock clock;

    /** The phase this step belongs to (VALIDATE or APPLY). */
    @Inject
    @BatchProperty
    String phase;

    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private LineReader lines;
    private long done;
    private long jobId;
    private int sinceCheck;

    /** Lines read between two checks of "stop requested" (a chunk is 1,000). */
    static final int STOP_CHECK = 250;

    @Override
    public void open(Serializable checkpoint) {
        jobId = ImportJobs.jobId(context);
        ImportSettings settings = store.settings(jobId);
        parser = CsvFiles.open(store.file(jobId));
        records = parser.iterator();
        List<String> headers = records.hasNext() ? CsvFiles.fields(records.next()) : List.of();
        Layout layout = Layouts.resolve(headers, store.catalogue(), settings.mapping());
        if (!layout.usable()) {
            throw new IllegalStateException("Unusable file: " + layout.problems());
        }
        lines = new LineReader(layout, settings.dateOrder(), settings.zone(), clock.instant());
        done = settings.rowsDone();
        if (!settings.phase().equals(phase)) {
            // A resumed import already past validation: this step has nothing left to read.
            records = java.util.Collections.emptyIterator();
            return;
        }
        for (long skipped = 0; skipped < done && records.hasNext(); skipped++) {
            records.next();
        }
    }

    @Override
    public Object readItem() {
        if (++sinceCheck >= STOP_CHECK && records.hasNext()) {
            sinceCheck = 0;
            if (store.stopRequested(jobId)) {
                // Asked to stop: end the step here (the chunk read so far is written and committed).
                return null;
            }
        }
        while (records.hasNext()) {
            CSVRecord record = records.next();
            done++;
            List<String> fields = CsvFiles.fields(record);
            if (!CsvFiles.blank(fields)) {
                return lines.read(record.getRecordNumber(), fields);
            }
        }
        return null;
    }

    /** Records read so far, blank ones included. */
    public long done() {
        return done;
    }

    @Override
    public Serializable checkpointInfo() {
        return done;
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
    }
}
