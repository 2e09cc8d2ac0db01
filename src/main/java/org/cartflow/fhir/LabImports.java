package org.cartflow.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.audit.AuditEntry;
import org.cartflow.audit.AuditTrail;
import org.cartflow.common.CurrentUser;
import org.cartflow.common.LabValue;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Role;
import org.cartflow.fhir.LabObservationReader.IncomingLab;
import org.cartflow.fhir.FhirResponses.Issue;
import org.hl7.fhir.r4.model.Observation;
import org.cartflow.kernel.Course;
import org.cartflow.labs.ImportedLabResult;
import org.cartflow.monitoring.LabPanel;
import org.cartflow.monitoring.MonitoringRequests.LabRequest;
import org.cartflow.monitoring.MonitoringService;

/**
 * Files the results the lab system sent, all or none (one transaction): each is kept as sent; results collected after
 * the infusion become the post-infusion panel of their collection time (through the monitoring stage's own command,
 * so its checks and CTCAE grading apply); earlier ones wait for the pre-LD assessment, which takes what it is not given.
 */
@ApplicationScoped
public class LabImports {

    /** The import could not be filed; nothing of the request was kept. */
    public static class Refused extends RuntimeException {
        final List<Issue> issues;

        Refused(List<Issue> issues) {
            super(issues.get(0).text(), null, false, false);
            this.issues = List.copyOf(issues);
        }
    }

    /** One Observation of the request and where it stands in it (FHIRPath of the resource). */
    public record Sent(String at, Observation observation) {
    }

    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    MonitoringService monitoring;
    @Inject
    Clock clock;
    @Inject
    LabObservationReader reader;
    @Inject
    ObservationResources observations;

    /** A filed result as the Observation CartFlow serves for it. */
    @Transactional
    public Observation observation(ImportedLabResult r) {
        return observations.lab(Course.findById(r.courseId), r);
    }

    @Transactional
    public List<ImportedLabResult> file(List<Sent> sent) {
        String role = user.requireRole(List.of(Role.NURSE, Role.PHYSICIAN), "import laboratory results");
        List<Issue> issues = new ArrayList<>();
        List<IncomingLab> labs = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (Sent s : sent) {
            reader.read(s.at(), s.observation(), issues).ifPresent(in -> {
                String key = in.course().id + " " + in.code().field() + " " + in.effectiveAt();
                if (seen.putIfAbsent(key, in.at()) != null) {
                    issues.add(new Issue(in.at() + ".code", "A second " + in.code().field() + " collected at "
                            + in.effectiveAt() + " for the same patient (first at " + seen.get(key) + ")."));
                }
                labs.add(in);
            });
        }
        if (!issues.isEmpty()) {
            throw new Refused(issues);
        }
        List<ImportedLabResult> rows = new ArrayList<>();
        Map<String, List<ImportedLabResult>> panels = new LinkedHashMap<>();
        Map<ImportedLabResult, IncomingLab> from = new LinkedHashMap<>();
        for (IncomingLab in : labs) {
            ImportedLabResult r = row(in);
            r.persist();
            rows.add(r);
            from.put(r, in);
            Course c = in.course();
            if (c.infusedAt != null && !in.effectiveAt().isBefore(c.infusedAt)) {
                panels.computeIfAbsent(c.id + "@" + in.effectiveAt(), k -> new ArrayList<>()).add(r);
            }
        }
        for (List<ImportedLabResult> panel : panels.values()) {
            IncomingLab first = from.get(panel.get(0));
            try {
                monitoring.recordLabs(first.course().id, null, request(first.effectiveAt(), panel));
            } catch (ProblemException e) {
                throw new Refused(List.of(new Issue(first.at() + ".effectiveDateTime", text(e))));
            }
            long panelId = LabPanel.<LabPanel>find("courseId = ?1 order by id desc", first.course().id).firstResult().id;
            panel.forEach(r -> r.labPanelId = panelId);
        }
        ImportedLabResult.flush();
        Map<Course, List<Map<String, Object>>> byCourse = new LinkedHashMap<>();
        from.forEach((r, in) -> byCourse.computeIfAbsent(in.course(), k -> new ArrayList<>()).add(details(r)));
        byCourse.forEach((c, results) -> audit.append(AuditEntry.record(user.name(), role, "labs.imported",
                c.patient.id, c.id, null, Map.of("results", results))));
        return rows;
    }

    /** What a refusal of the monitoring stage said, as one sentence. */
    private static String text(ProblemException e) {
        var p = e.toProblem(null);
        if (!p.errors().isEmpty()) {
            return p.errors().get(0).field() + ": " + p.errors().get(0).message();
        }
        return p.refusals().isEmpty() ? p.detail()
                : p.refusals().get(0).ruleId() + ": " + p.refusals().get(0).message();
    }

    private ImportedLabResult row(IncomingLab in) {
        ImportedLabResult r = new ImportedLabResult();
        r.courseId = in.course().id;
        r.analyte = in.code().field();
        r.loinc = in.code().loinc();
        r.valueCanonical = in.canonical();
        r.unitCanonical = in.code().analyte() == null ? null : in.code().analyte().canonicalUnit();
        r.valueText = in.text();
        r.originalValue = in.reported() == null ? null : in.reported().value();
        r.originalUnit = in.reported() == null ? null : in.reported().unit();
        r.effectiveAt = in.effectiveAt();
        r.sourceSystem = in.sourceSystem();
        r.sourceId = in.sourceId();
        r.importedBy = user.name();
        r.importedAt = clock.instant();
        return r;
    }

    /** The post-infusion panel of one collection time: unit-bearing values as sent, the others canonical. */
    private static LabRequest request(Instant collectedAt, List<ImportedLabResult> results) {
        Map<String, ImportedLabResult> f = new LinkedHashMap<>();
        results.forEach(r -> f.put(r.analyte, r));
        return new LabRequest(collectedAt, reported(f, "anc"), reported(f, "platelets"), reported(f, "hemoglobin"),
                canonical(f, "crp"), canonical(f, "ferritin"), reported(f, "potassium"), null, null,
                canonical(f, "uricAcid"), reported(f, "creatinine"), canonical(f, "igg"), null, null,
                f.containsKey("hbvDna") ? f.get("hbvDna").valueText : null, null);
    }

    private static LabValue reported(Map<String, ImportedLabResult> f, String field) {
        return f.containsKey(field) ? f.get(field).asReported() : null;
    }

    private static java.math.BigDecimal canonical(Map<String, ImportedLabResult> f, String field) {
        return f.containsKey(field) ? f.get(field).valueCanonical : null;
    }

    private static Map<String, Object> details(ImportedLabResult r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("labResult", r.id);
        d.put("loinc", r.loinc);
        d.put("field", r.analyte);
        d.put("sent", r.originalValue == null ? r.valueText : r.originalValue.toPlainString() + " " + r.originalUnit);
        if (r.valueCanonical != null) {
            d.put("canonical", r.valueCanonical.toPlainString() + " " + r.unitCanonical);
        }
        d.put("collectedAt", r.effectiveAt.toString());
        d.put("source", r.sourceSystem);
        if (r.sourceId != null) {
            d.put("sourceId", r.sourceId);
        }
        if (r.labPanelId != null) {
            d.put("labPanel", r.labPanelId);
        }
        return d;
    }
}
