package com.consentmanager.importing.boundary;

import com.consentmanager.importing.control.CsvFiles;
import com.consentmanager.importing.control.ImportFiles;
import com.consentmanager.importing.control.ImportQueue;
import com.consentmanager.importing.control.ImportReads;
import com.consentmanager.importing.control.ImportStore;
import com.consentmanager.importing.control.Layouts;
import com.consentmanager.importing.control.Mappings;
import com.consentmanager.importing.control.PurposeRef;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.ManagerSupport;
import com.consentmanager.platform.Role;
import com.consentmanager.platform.Scope;
import com.consentmanager.platform.Sha256;
import com.consentmanager.platform.TimeZoneSetting;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Consent imports (DOMAIN.md rule 10): takes a file, checks its header against the column
 * convention ({@link Layouts}) at once, stores it and queues a batch job that validates it (a dry
 * run stops there) and applies it. Imports never send double opt-in mails. The reads and the
 * error report are in {@link ImportReads}.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.OPERATOR_NAME, Scope.IMPORTS_WRITE_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Scope.IMPORTS_WRITE_NAME})
public class ImportManager {

    @Inject
    ImportStore store;

    @Inject
    ImportReads reads;

    @Inject
    ImportQueue queue;

    @Inject
    ImportFiles files;

    @Inject
    Event<ImportQueued> queued;

    @Inject
    Clock clock;

    @Inject
    TimeZoneSetting timeZone;

    @Resource
    SessionContext session;

    /** Stores the file and queues its import; refuses a file whose header cannot be used. */
    public long submit(String fileName, byte[] content, ImportOptions requested) {
        ImportOptions options = requested.inZoneByDefault(timeZone.id());
        List<FieldViolation> violations = new ArrayList<>();
        try {
            ZoneId.of(options.timeZone());
        } catch (DateTimeException e) {
            violations.add(new FieldViolation("timeZone", "import.options.time_zone", options.timeZone()));
        }
        FileHeader file = header(content);
        if (file == null) {
            violations.add(new FieldViolation("file", "import.file.unreadable"));
        } else {
            Map<String, PurposeRef> purposes = store.catalogue();
            for (String problem : Layouts.mappingProblems(file.headers(), purposes, options.mapping())) {
                violations.add(violation("mapping", problem));
            }
            for (String problem : Layouts.resolve(file.headers(), purposes, options.mapping()).problems()) {
                violations.add(violation("file", problem));
            }
            if (file.rows() == 0) {
                violations.add(new FieldViolation("file", "import.file.no_lines"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String name = fileName == null || fileName.isBlank() ? "import.csv" : fileName.strip();
        long id = reads.insert(name.length() > 250 ? name.substring(0, 250) : name, content, Sha256.hex(content), file.rows(), options,
                Mappings.format(options.mapping()), actor(), clock.instant());
        queued.fire(new ImportQueued(id));
        return id;
    }

    /** Runs for real an import whose dry run is done. */
    public void run(long id) {
        ImportJobView job = reads.get(id);
        if (!"VALIDATED".equals(job.state())) {
            throw new ConflictException("import.run.not_validated", id);
        }
        if (!files.held(id)) {
            throw new ConflictException("import.file.gone", id);
        }
        reads.requeue(id, job.allOrNothing());
        queued.fire(new ImportQueued(id));
    }

    /**
     * Resumes a failed or stopped import where it stopped: what its committed chunks wrote stays,
     * the lines they covered are not read again (a fresh batch execution reads the job's row).
     */
    public void restart(long id) {
        reads.get(id);
        if (!files.held(id)) {
            throw new ConflictException("import.file.gone", id);
        }
        if (!queue.resume(id)) {
            throw new ConflictException("import.restart.not_failed", id);
        }
        queued.fire(new ImportQueued(id));
    }

    /** Stops an import: a queued one does not start; a running one stops after its current chunk. */
    public void stop(long id) {
        ImportJobView job = reads.get(id);
        if (queue.cancelQueued(id)) {
            return;
        }
        if (!queue.requestStop(id)) {
            throw new ConflictException("import.stop.not_running", id);
        }
    }

    /**
     * Reads a file's header before it is imported: each column with what it means without a
     * mapping ("" when nothing matches), every name a column can be mapped to, the lines.
     */
    public ImportInspection inspect(byte[] content) {
        FileHeader file = header(content);
        if (file == null) {
            throw new InvalidInputException(List.of(new FieldViolation("file", "import.file.unreadable")));
        }
        Map<String, PurposeRef> catalogue = store.catalogue();
        return new ImportInspection(file.headers(), file.headers().stream().map(header -> Layouts.canonical(header, catalogue)).toList(),
                Layouts.names(catalogue), file.rows());
    }

    /** A file's header and the number of lines after it. */
    private record FileHeader(List<String> headers, long rows) {
    }

    /** Reads a file's header and counts its lines; null when it cannot be read as CSV. */
    private static FileHeader header(byte[] content) {
        try (CSVParser parser = CsvFiles.open(new ByteArrayInputStream(content))) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> headers = records.hasNext() ? CsvFiles.fields(records.next()) : List.of();
            long rows = 0;
            while (records.hasNext()) {
                records.next();
                rows++;
            }
            return new FileHeader(headers, rows);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }

    /** A page of imports, newest first; {@code state} null for all. */
    public List<ImportJobView> list(String state, int first, int size) {
        return reads.list(state, first, size);
    }

    public long count(String state) {
        return reads.count(state);
    }

    /** How many imports are queued or running. */
    public long countActive() {
        return reads.countActive();
    }

    public ImportJobView get(long id) {
        return reads.get(id);
    }

    /** The error report of an import as CSV, written to {@code out}. */
    public void errors(long id, java.util.Locale locale, java.io.Writer out) {
        reads.errors(id, locale, out);
    }

    public void start(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportQueued event) {
        queue.startNext(BatchRuntime.getJobOperator());
    }

    /** A problem "key|argument|..." of {@link Layouts} as a violation of a field. */
    private static FieldViolation violation(String field, String problem) {
        String[] parts = problem.split("\\|");
        return new FieldViolation(field, parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length));
    }

    private String actor() {
        return ManagerSupport.actor(session);
    }
}
