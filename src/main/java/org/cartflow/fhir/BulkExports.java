package org.cartflow.fhir;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.cartflow.audit.AuditEntry;
import org.cartflow.audit.AuditTrail;
import org.cartflow.surveillance.ExportRow;
import org.cartflow.surveillance.SurveillanceService;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.hl7.fhir.r4.model.Resource;
import org.jboss.logging.Logger;

/**
 * FHIR Bulk Data export of the de-identified surveillance dataset (SURV-1): a kick-off records the job and the
 * audit event in one transaction, then the dataset is read and written as NDJSON after the response, in a
 * transaction of its own. Only the requester may poll the job, fetch its files and delete it.
 */
@ApplicationScoped
public class BulkExports {

    private static final Logger LOG = Logger.getLogger(BulkExports.class);

    /** How long a job and its files are kept after the kick-off (the manifest's Expires): a day to fetch them. */
    static final java.time.Duration KEPT_FOR = java.time.Duration.ofHours(24);

    /** What a kick-off asks for, already checked. */
    record Request(String requester, String role, List<String> sites, String purpose, String url, List<String> types) {
    }

    @Inject
    AuditTrail audit;
    @Inject
    SurveillanceService surveillance;
    @Inject
    FhirContext fhir;
    @Inject
    ManagedExecutor executor;
    @Inject
    Clock clock;

    /** Records the job and its audit event, then starts it; answers the job's id. */
    String start(Request r) {
        String id = QuarkusTransaction.requiringNew().call(() -> {
            BulkExport job = new BulkExport();
            job.id = UUID.randomUUID().toString();
            job.requestedBy = r.requester();
            job.requesterRole = r.role();
            job.sites = String.join(",", r.sites());
            job.purpose = r.purpose();
            job.requestUrl = r.url().length() > 2000 ? r.url().substring(0, 2000) : r.url();
            job.types = String.join(",", r.types());
            job.requestedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            job.status = BulkExport.Status.IN_PROGRESS;
            job.persist();
            audit.append(AuditEntry.record(r.requester(), r.role(), "surveillance.exported", null, null, r.purpose(),
                    AuditEntry.details("format", "fhir-ndjson", "export", job.id, "types", job.types)));
            return job.id;
        });
        executor.runAsync(() -> run(id));
        return id;
    }

    private void run(String id) {
        try {
            QuarkusTransaction.requiringNew().run(() -> write(BulkExport.findById(id)));
        } catch (RuntimeException e) {
            LOG.errorf(e, "FHIR bulk export %s failed", id);
            QuarkusTransaction.requiringNew().run(() -> {
                BulkExport job = BulkExport.findById(id);
                if (job != null) {
                    job.status = BulkExport.Status.FAILED;
                    job.error = "The export could not be written; the server log has the cause (export " + id + ").";
                    job.completedAt = clock.instant();
                }
            });
        }
    }

    private void write(BulkExport job) {
        if (job == null) {
            return; // deleted before it ran
        }
        job.transactionAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<ExportRow> rows = surveillance.rowsAtSites(job.siteList());
        for (String type : job.typeList()) {
            Function<ExportRow, Resource> build = switch (type) {
                case "Patient" -> SurveillanceResources::patient;
                case "Procedure" -> SurveillanceResources::infusion;
                default -> SurveillanceResources::summary;
            };
            StringBuilder ndjson = new StringBuilder();
            var parser = fhir.newJsonParser().setPrettyPrint(false);
            rows.forEach(r -> ndjson.append(parser.encodeResourceToString(build.apply(r))).append('\n'));
            BulkExportFile file = new BulkExportFile();
            file.exportId = job.id;
            file.resourceType = type;
            file.resourceCount = rows.size();
            file.content = ndjson.toString();
            file.persist();
        }
        job.status = BulkExport.Status.COMPLETE;
        job.completedAt = clock.instant();
    }

    /** The requester's own job, or empty (another user's job answers exactly like a missing one). */
    Optional<BulkExport> ofRequester(String id, String requester) {
        return Optional.ofNullable(id).filter(s -> s.matches("[0-9a-f-]{36}"))
                .flatMap(s -> BulkExport.<BulkExport>findByIdOptional(s)).filter(j -> j.requestedBy.equals(requester));
    }

    List<BulkExportFile> files(BulkExport job) {
        return BulkExportFile.list("exportId = ?1 order by id", job.id);
    }

    Optional<BulkExportFile> file(BulkExport job, String type) {
        return BulkExportFile.find("exportId = ?1 and resourceType = ?2", job.id, type).firstResultOptional();
    }

    static List<String> types(String requested) {
        if (requested == null || requested.isBlank()) {
            return SurveillanceResources.TYPES;
        }
        return java.util.Arrays.stream(requested.split(",")).map(String::strip).distinct().toList();
    }

    /** When a job and its files go: its kick-off plus {@link #KEPT_FOR}. */
    static Instant expiresAt(BulkExport job) {
        return job.requestedAt.plus(KEPT_FOR);
    }

    @io.quarkus.scheduler.Scheduled(every = "1h", delayed = "10m",
            concurrentExecution = io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        long n = purgeExpired();
        if (n > 0) {
            LOG.infof("FHIR bulk export: %d expired job(s) deleted with their files", n);
        }
    }

    /**
     * Deletes the jobs past their expiry with their files (de-identified copies; the audit event of each request
     * stays), including one a restart left in progress. Answers how many.
     */
    @jakarta.transaction.Transactional
    long purgeExpired() {
        return BulkExport.delete("requestedAt < ?1", clock.instant().minus(KEPT_FOR));
    }
}
