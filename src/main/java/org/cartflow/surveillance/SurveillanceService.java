package org.cartflow.surveillance;

import org.cartflow.kernel.SiteRecords;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cartflow.audit.AuditEntry;
import org.cartflow.audit.AuditKeys;
import org.cartflow.audit.AuditTrail;
import org.cartflow.kernel.Course;
import org.cartflow.product.DoseRange;
import org.cartflow.rules.LabelProfiles;
import org.cartflow.kernel.CourseState;
import org.cartflow.monitoring.CrsIntervention;
import org.cartflow.monitoring.LabPanel;
import org.cartflow.monitoring.MonitoringAssessment;
import org.cartflow.monitoring.MonitoringEnums.Drug;
import org.cartflow.monitoring.ResponseAssessment;

/**
 * SURV-1: the de-identified per-patient export and the program summary beside the KarMMa reference. A case is named
 * by a keyed pseudonym, the infusion by its year, the age by its decade (90 and over as one group).
 */
@ApplicationScoped
public class SurveillanceService {

    @Inject
    SiteRecords siteRecords;

    /** Best first: the order used to pick a patient's best response. */
    static final List<String> RESPONSE_ORDER = List.of("sCR", "CR", "VGPR", "PR", "MR", "SD", "PD");

    @Inject
    LabelProfiles profiles;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    private Map<?, ?> reference;

    @Inject
    AuditKeys keys;

    @Inject
    AuditTrail audit;

    /** The rows that leave CartFlow; each export is audited with who, role, why and how many cases. */
    @Transactional
    public List<ExportRow> export(String actor, String role, String purpose, String format) {
        List<ExportRow> rows = rows();
        audit.append(AuditEntry.record(actor, role, "surveillance.exported", null, null, purpose,
                AuditEntry.details("format", format, "cases", rows.size())));
        return rows;
    }

    private List<ExportRow> rows() {
        return rowsAtSites(siteRecords.sitesParameter());
    }

    /**
     * The export's rows of the infused patients of these sites: for an export that runs after its request (FHIR Bulk
     * Data), with the sites the requester could see when they asked. The caller audits the export.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ExportRow> rowsAtSites(List<String> sites) {
        List<Course> infused = Course.list("infusedAt is not null and patient.site in ?1 order by id", sites);
        return infused.stream().map(this::row).toList();
    }

    /** The export's case id of a course: what the site looks up when a registry asks about a case. */
    public String caseId(long courseId) {
        return "S-" + keys.pseudonym("surveillance-case:" + courseId);
    }

    @Transactional
    public ProgramSummary summary() {
        List<ExportRow> rows = rows();
        return ProgramSummary.of(rows.stream().map(ExportRow::outcome).toList(),
                rows.stream().map(r -> new KaplanMeier.Observation(r.pfsDays(), r.progressedOrDied())).toList(),
                rows.stream().map(r -> new KaplanMeier.Observation(r.osDays(), r.deceased())).toList(),
                rows.stream().filter(r -> r.dorDays() != null)
                        .map(r -> new KaplanMeier.Observation(r.dorDays(), r.progressedOrDied())).toList(),
                reference());
    }

    public String csv(List<ExportRow> rows) {
        StringBuilder sb = new StringBuilder(ExportRow.CSV_HEADER).append('\n');
        rows.forEach(r -> sb.append(r.csv()).append('\n'));
        return sb.toString();
    }

    /**
     * An open course is censored at its last contact (the latest assessment, lab, drug or response on record), not
     * at today: a patient not seen for months is not known to be alive today.
     */
    private static Instant lastContact(Course c, List<MonitoringAssessment> as, List<LabPanel> labs,
            List<CrsIntervention> drugs, List<ResponseAssessment> responses) {
        return java.util.stream.Stream.of(java.util.stream.Stream.of(c.infusedAt), as.stream().map(a -> a.assessedAt),
                labs.stream().map(l -> l.collectedAt), drugs.stream().map(d -> d.givenAt),
                responses.stream().map(r -> r.assessedOn.atTime(12, 0).atZone(c.zone()).toInstant()))
                .flatMap(s -> s).max(Comparator.naturalOrder()).orElse(c.infusedAt);
    }

    private ExportRow row(Course c) {
        long id = c.id;
        LocalDate infusedOn = c.infusedAt.atZone(c.zone()).toLocalDate();
        List<MonitoringAssessment> as = MonitoringAssessment.ofCourse(id);
        List<LabPanel> labs = LabPanel.ofCourse(id);
        List<CrsIntervention> drugs = CrsIntervention.ofCourse(id);
        int maxCrs = as.stream().mapToInt(a -> a.crsGrade).max().orElse(0);
        int maxIcans = as.stream().mapToInt(a -> a.icansGrade).max().orElse(0);
        // KarMMa: onset = first onset day - infusion day + 1, so an onset on the infusion day (day 0) is day 1
        Integer crsOnset = as.stream().filter(a -> a.crsGrade > 0).map(a -> a.dayNumber + 1).findFirst().orElse(null);
        Integer icansOnset = as.stream().filter(a -> a.icansGrade > 0).map(a -> a.dayNumber + 1).findFirst()
                .orElse(null);
        List<ResponseAssessment> responses = ResponseAssessment.ofCourse(id);
        String best = responses.stream().map(r -> r.response)
                .min(Comparator.comparingInt(RESPONSE_ORDER::indexOf)).orElse(null);
        boolean deceased = c.state == CourseState.DECEASED;
        Instant end = deceased && c.diedAt != null ? c.diedAt
                : c.closedAt != null && c.state.terminal() ? c.closedAt : lastContact(c, as, labs, drugs, responses);
        int osDays = Math.max(0, c.dayNumber(end));
        Integer pdDay = responses.stream().filter(r -> r.response.equals("PD"))
                .map(r -> (int) ChronoUnit.DAYS.between(infusedOn, r.assessedOn)).findFirst().orElse(null);
        int lastAssessed = responses.isEmpty() ? 0
                : (int) ChronoUnit.DAYS.between(infusedOn, responses.get(responses.size() - 1).assessedOn);
        boolean progressedOrDied = pdDay != null || deceased;
        int pfsDays = pdDay != null ? pdDay : deceased ? osDays : lastAssessed;
        Integer firstResponse = responses.stream().filter(r -> PatientOutcome.RESPONDERS.contains(r.response))
                .map(r -> (int) ChronoUnit.DAYS.between(infusedOn, r.assessedOn)).findFirst().orElse(null);
        Integer dorDays = firstResponse == null ? null : Math.max(0, pfsDays - firstResponse);
        return new ExportRow(caseId(id), c.patient.sex.name(), ageBand(c.patient.birthDate, infusedOn),
                infusedOn.getYear(), c.state.name(), maxCrs, crsOnset,
                durationDays(as, true), maxIcans, icansOnset, durationDays(as, false), drugs.stream().anyMatch(d -> d.drug == Drug.TOCILIZUMAB),
                drugs.stream().anyMatch(d -> d.drug == Drug.CORTICOSTEROID),
                labs.stream().map(l -> l.neutrophilGrade).filter(Objects::nonNull).mapToInt(g -> g).max().orElse(0),
                labs.stream().map(l -> l.plateletGrade).filter(Objects::nonNull).mapToInt(g -> g).max().orElse(0),
                best, deceased, osDays, pfsDays, progressedOrDied, dorDays, c.infusedDoseE6,
                c.infusedDoseE6 != null && DoseRange.of(profiles.get(c.labelProfile)).below(c.infusedDoseE6),
                responses.stream().anyMatch(r -> "NEGATIVE".equals(r.mrd)));
    }

    /**
     * Days from the first assessment with the toxicity to the first later assessment without it (onset day 1,
     * first clear assessment day 6 = 5 days); null when it never started or has not resolved.
     */
    static Integer durationDays(List<MonitoringAssessment> as, boolean crs) {
        Integer onset = null;
        for (MonitoringAssessment a : as) {
            int g = crs ? a.crsGrade : a.icansGrade;
            if (onset == null && g > 0) {
                onset = a.dayNumber;
            } else if (onset != null && g == 0) {
                return a.dayNumber - onset;
            }
        }
        return null;
    }

    static String ageBand(LocalDate birthDate, LocalDate on) {
        if (birthDate == null) {
            return "unknown";
        }
        int age = Period.between(birthDate, on).getYears();
        if (age >= 90) {
            return "90+"; // HIPAA Safe Harbor: ages over 89 are one group (few enough to identify)
        }
        int decade = age / 10 * 10;
        return decade + "-" + (decade + 9);
    }

    private synchronized Map<?, ?> reference() {
        if (reference == null) {
            try (InputStream in = getClass().getResourceAsStream("/surveillance/karmma-reference.json")) {
                reference = json.readValue(in, Map.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return reference;
    }
}
