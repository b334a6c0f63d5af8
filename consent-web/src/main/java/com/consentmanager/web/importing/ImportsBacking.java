package com.consentmanager.web.importing;

import com.consentmanager.importing.boundary.ConsentExport;
import com.consentmanager.importing.boundary.ImportInspection;
import com.consentmanager.importing.boundary.ImportJobView;
import com.consentmanager.importing.boundary.ImportManager;
import com.consentmanager.importing.boundary.ImportOptions;
import com.consentmanager.importing.control.DateOrder;
import com.consentmanager.platform.BusinessException;
import com.consentmanager.web.ConsoleMessages;
import com.consentmanager.web.ConsoleTimes;
import com.consentmanager.web.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The import page: a file is read (its columns and what each means), the person adjusts the
 * mapping and the options, then checks it (dry run) or imports it; the list of imports shows each
 * one's progress from the database (so it survives a reload), its counts and its actions.
 */
@Named
@ViewScoped
public class ImportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("file", "imports:upload:file", "timeZone", "imports:upload:time-zone");

    @Inject
    ConsoleTimes times;

    @EJB
    ImportManager imports;

    @EJB
    ConsentExport export;

    @Inject
    ImportTable table;

    @Inject
    ConsoleMessages messages;

    @Inject
    LocaleBacking locale;

    private transient jakarta.servlet.http.Part upload;
    private byte[] content;
    private String fileName;
    private ImportInspection inspection;
    private final List<ColumnChoice> columns = new ArrayList<>();
    private DateOrder dateOrder = DateOrder.DAY_FIRST;
    /** Null until chosen: the company's zone. */
    private String timeZone;
    private boolean emptyDeletes;
    private boolean allOrNothing;

    /** Reads the uploaded file's header: the mapping step. */
    public void read() {
        if (upload == null || upload.getSize() == 0) {
            messages.error("imports.file.required");
            return;
        }
        try {
            byte[] bytes;
            try (java.io.InputStream in = upload.getInputStream()) {
                bytes = in.readAllBytes();
            }
            ImportInspection read = imports.inspect(bytes);
            content = bytes;
            fileName = upload.getSubmittedFileName();
            inspection = read;
            columns.clear();
            for (int i = 0; i < read.headers().size(); i++) {
                columns.add(new ColumnChoice(read.headers().get(i), read.suggested().get(i)));
            }
        } catch (BusinessException e) {
            messages.refusal(e, FIELDS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    public void check() {
        submit(true);
    }

    public void importNow() {
        submit(false);
    }

    private void submit(boolean dryRun) {
        Map<String, String> mapping = new LinkedHashMap<>();
        columns.forEach(column -> mapping.put(column.getHeader(), column.getTarget() == null ? "" : column.getTarget()));
        try {
            long id = imports.submit(fileName, content, new ImportOptions(dryRun, emptyDeletes, allOrNothing, dateOrder,
                    timeZone, mapping));
            messages.info(dryRun ? "imports.checking" : "imports.importing", id, fileName);
            cancel();
        } catch (BusinessException e) {
            messages.refusal(e, FIELDS);
        }
    }

    public void cancel() {
        content = null;
        fileName = null;
        inspection = null;
        columns.clear();
    }

    public void run(long id) {
        act(() -> imports.run(id), "imports.run.done", id);
    }

    public void stop(long id) {
        act(() -> imports.stop(id), "imports.stop.done", id);
    }

    public void restart(long id) {
        act(() -> imports.restart(id), "imports.restart.done", id);
    }

    private void act(Runnable action, String done, long id) {
        try {
            action.run();
            messages.info(done, id);
        } catch (BusinessException e) {
            messages.refusal(e, Map.of());
        }
    }

    /** The error report of an import, as the API gives it, in the console's language. */
    public StreamedContent errors(long id) {
        java.util.Locale language = locale.getLocale();
        return streamed("import-" + id + "-errors.csv", writer -> imports.errors(id, language, writer));
    }

    /** The current statuses in the import format, streamed to the browser as the database cursor reads them. */
    public StreamedContent getStatusExport() {
        return streamed("statuses.csv", export::statuses);
    }

    /** The evidence ledger, streamed. */
    public StreamedContent getEvidenceExport() {
        return streamed("evidence.csv", export::evidence);
    }

    private static StreamedContent streamed(String name, java.util.function.Consumer<Writer> write) {
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType("text/csv; charset=UTF-8")
                .writer(out -> {
                    Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                    write.accept(writer);
                    try {
                        writer.flush();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .build();
    }

    /** Whether an import on the current page is queued or running: the page then refreshes itself. */
    public boolean isActive() {
        return table.getWrappedData() != null && table.getWrappedData().stream().anyMatch(ImportsBacking::active)
                || imports.countActive() > 0;
    }

    static boolean active(ImportJobView job) {
        return "QUEUED".equals(job.state()) || "RUNNING".equals(job.state());
    }

    /** Lines done in the current phase, in percent of the file; 100 once it ended well. */
    public long percent(ImportJobView job) {
        if (List.of("VALIDATED", "REJECTED", "COMPLETED").contains(job.state())) {
            return 100;
        }
        return job.rowsTotal() == null || job.rowsTotal() == 0 ? 0 : Math.min(100, job.rowsDone() * 100 / job.rowsTotal());
    }

    public String rate(ImportJobView job) {
        return String.format(locale.getLocale(), "%,.0f", job.rowsPerSecond(Instant.now()));
    }

    /** Time left at the current rate, as m:ss; empty when unknown. */
    public String timeLeft(ImportJobView job) {
        Long seconds = job.secondsLeft(Instant.now());
        return seconds == null ? "" : String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    public String when(Instant instant) {
        return times.seconds(instant);
    }

    public DateOrder[] getDateOrders() {
        return DateOrder.values();
    }

    public ImportTable getTable() {
        return table;
    }

    public jakarta.servlet.http.Part getUpload() {
        return upload;
    }

    public void setUpload(jakarta.servlet.http.Part upload) {
        this.upload = upload;
    }

    public ImportInspection getInspection() {
        return inspection;
    }

    public String getFileName() {
        return fileName;
    }

    public List<ColumnChoice> getColumns() {
        return columns;
    }

    public DateOrder getDateOrder() {
        return dateOrder;
    }

    public void setDateOrder(DateOrder dateOrder) {
        this.dateOrder = dateOrder;
    }

    public String getTimeZone() {
        return timeZone == null ? times.zone().getId() : timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isEmptyDeletes() {
        return emptyDeletes;
    }

    public void setEmptyDeletes(boolean emptyDeletes) {
        this.emptyDeletes = emptyDeletes;
    }

    public boolean isAllOrNothing() {
        return allOrNothing;
    }

    public void setAllOrNothing(boolean allOrNothing) {
        this.allOrNothing = allOrNothing;
    }

    /** One column of the file and the name it is mapped to ("" to ignore it). */
    public static final class ColumnChoice implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String header;
        private String target;

        ColumnChoice(String header, String target) {
            this.header = header;
            this.target = target;
        }

        public String getHeader() {
            return header;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }
    }
}
