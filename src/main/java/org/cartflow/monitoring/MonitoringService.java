package org.cartflow.monitoring;

import org.cartflow.kernel.GuardEvaluator;
import org.cartflow.monitoring.rules.TocilizumabSpacingGuard;
import org.cartflow.kernel.Courses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cartflow.audit.AuditEntry;
import org.cartflow.command.CommandRunner;
import org.cartflow.common.Analyte;
import org.cartflow.common.LabValue;
import org.cartflow.common.CommonText;
import org.cartflow.common.HospitalTime;
import org.cartflow.common.Problem;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Role;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.EntryTimes;
import org.cartflow.kernel.LateEntry;
import org.cartflow.kernel.CourseState;
import org.cartflow.monitoring.MonitoringEnums.Drug;
import org.cartflow.monitoring.MonitoringRequests.*;

/** Records inpatient assessments (grading CRS and ICANS), CRS/ICANS drugs, tocilizumab on hand and discharge data. */
@ApplicationScoped
public class MonitoringService {

    static final int LAST_INPATIENT_DAY = 14;
    @Inject
    TocilizumabPolicy tocilizumab;
    private static final EnumSet<CourseState> AFTER_INFUSION = EnumSet.of(CourseState.INFUSED,
            CourseState.INPATIENT_MONITORING, CourseState.OUTPATIENT_PROXIMITY);

    @Inject
    ReferenceRanges referenceRanges;

    @Inject
    Courses courses;

    @Inject
    GuardEvaluator guards;

    @Inject
    CommandRunner runner;

    @Inject
    Clock clock;
    @Inject
    EntryTimes entryTimes;

    @Transactional
    public MonitoringView recordAssessment(long courseId, String ifMatch, AssessmentRequest r) {
        return runner.run(MonitoringCommands.ASSESS, Texts.of(MonitoringText.class).actionRecordAssessment(),
                courseId, ifMatch, step -> assessment(step, r), this::view);
    }

    private CommandRunner.Outcome assessment(CommandRunner.Step step, AssessmentRequest r) {
        var text = Texts.of(MonitoringText.class);
        Course course = requireAfterInfusion(step.course());
        long courseId = course.id;
        EntryTimes.Timed timed = happened(course, r.assessedAt(), r.lateEntryReason(), "assessedAt");
        Instant at = timed.performedAt();
        if (r.oxygenDevice() == MonitoringEnums.OxygenDevice.LOW_FLOW_CANNULA && r.oxygenFlowLpm() == null) {
            throw ProblemException.invalid("oxygenFlowLpm", text.oxygenFlowRequired());
        }
        requireIceOrWhyNot(r);
        MonitoringAssessment a = new MonitoringAssessment();
        a.courseId = courseId;
        a.assessedAt = at;
        a.dayNumber = course.dayNumber(at);
        a.temperatureC = r.temperatureC();
        a.systolicBp = r.systolicBp();
        a.diastolicBp = r.diastolicBp();
        a.heartRate = r.heartRate();
        a.spo2 = r.spo2();
        a.oxygenDevice = r.oxygenDevice();
        a.oxygenFlowLpm = r.oxygenFlowLpm();
        a.hypotension = r.hypotension();
        a.vasopressors = r.vasopressors();
        a.vasopressin = r.vasopressin();
        if (r.ice() != null) {
            a.iceOrientation = r.ice().orientation();
            a.iceNaming = r.ice().naming();
            a.iceCommands = r.ice().commands();
            a.iceWriting = r.ice().writing();
            a.iceAttention = r.ice().attention();
            a.iceScore = r.ice().score();
        }
        a.iceNotPerformedReason = r.ice() == null && r.iceNotPerformedReason() != null
                ? r.iceNotPerformedReason().strip() : null;
        a.consciousness = r.consciousness();
        a.seizure = r.seizure();
        a.motorWeakness = r.motorWeakness();
        a.cerebralOedema = r.cerebralOedema();
        a.crsGrade = CrsGrading.grade(r.temperatureC(), r.hypotension(), r.vasopressors(), r.vasopressin(),
                r.oxygenDevice(), r.oxygenFlowLpm(), CrsIntervention.feverMaskedAt(courseId, at));
        a.icansGrade = IcansGrading.grade(a.iceScore, r.consciousness(), r.seizure(), r.motorWeakness(),
                r.cerebralOedema());
        a.recordedBy = step.user();
        a.recordedAt = timed.recordedAt();
        a.persist();
        entryTimes.keepIfLate(courseId, "monitoring.assessment.recorded", a.id, timed, step.role());
        return new CommandRunner.Outcome("monitoring.assessment.recorded",
                timed.lateReason(), Map.of("assessment", r, "dayNumber", a.dayNumber, "crsGrade", a.crsGrade,
                        "icansGrade", a.icansGrade));
    }

    /** NEURO-ALG: no ICE score only for an unarousable patient or with the recorded reason it could not be done. */
    private static void requireIceOrWhyNot(AssessmentRequest r) {
        boolean reasoned = r.iceNotPerformedReason() != null && !r.iceNotPerformedReason().isBlank();
        if (r.ice() == null && r.consciousness() != MonitoringEnums.Consciousness.UNAROUSABLE && !reasoned) {
            throw ProblemException.invalid("ice", Texts.of(MonitoringText.class).iceRequired());
        }
    }

    /** The grades an assessment would get if recorded now, by the same ASTCT rules; nothing is saved. */
    @Transactional
    public GradePreview previewGrades(long courseId, AssessmentRequest r) {
        courses.load(courseId);
        requireIceOrWhyNot(r);
        Integer ice = r.ice() == null ? null : r.ice().score();
        Instant at = r.assessedAt() == null ? clock.instant() : r.assessedAt();
        return new GradePreview(CrsGrading.grade(r.temperatureC(), r.hypotension(), r.vasopressors(), r.vasopressin(),
                r.oxygenDevice(), r.oxygenFlowLpm(), CrsIntervention.feverMaskedAt(courseId, at)),
                IcansGrading.grade(ice, r.consciousness(), r.seizure(), r.motorWeakness(), r.cerebralOedema()), ice);
    }

    public record GradePreview(int crsGrade, int icansGrade, Integer iceScore) {
    }

    @Transactional
    public MonitoringView recordIntervention(long courseId, String ifMatch, InterventionRequest r) {
        return runner.run(MonitoringCommands.RECORD_INTERVENTION,
                Texts.of(MonitoringText.class).actionRecordIntervention(),
                courseId, ifMatch, step -> intervention(step, r), this::view);
    }

    private CommandRunner.Outcome intervention(CommandRunner.Step step, InterventionRequest r) {
        var text = Texts.of(MonitoringText.class);
        Course course = requireAfterInfusion(step.course());
        long courseId = course.id;
        EntryTimes.Timed timed = happened(course, r.givenAt(), r.lateEntryReason(), "givenAt");
        Instant at = timed.performedAt();
        CrsIntervention i = new CrsIntervention();
        i.courseId = courseId;
        i.drug = r.drug();
        i.givenAt = at;
        if (r.drug() == Drug.TOCILIZUMAB) {
            if (r.weightKg() == null) {
                throw ProblemException.invalid("weightKg", text.weightRequiredForTocilizumab(
                        tocilizumab.mgPerKg().stripTrailingZeros().toPlainString()));
            }
            i.weightKg = r.weightKg();
            i.doseMg = tocilizumab.dose(r.weightKg());
            i.spacingDeviationReason = spacingDeviation(courseId, at, r.deviationReason());
            i.givenWithoutStock = takeTocilizumabDose(step);
        } else {
            if (r.doseMg() == null) {
                throw ProblemException.invalid("doseMg", text.doseRequiredFor(r.drug()));
            }
            i.doseMg = r.doseMg();
            i.weightKg = r.weightKg();
        }
        i.recordedBy = step.user();
        i.recordedAt = timed.recordedAt();
        i.persist();
        entryTimes.keepIfLate(courseId, "monitoring.intervention.recorded", i.id, timed, step.role());
        return new CommandRunner.Outcome("monitoring.intervention.recorded",
                i.spacingDeviationReason != null ? i.spacingDeviationReason : timed.lateReason(),
                Map.of("intervention", r, "doseMg", i.doseMg,
                        "spacingDeviation", i.spacingDeviationReason != null,
                        "givenWithoutStock", i.givenWithoutStock));
    }

    /**
     * CRS-ALG: the physician attributes the fever of one assessment to another documented cause. That assessment and
     * every later one are regraded in order from their stored findings (whether CRS was established, and so whether
     * fever is masked, can change); each changed grade is audited with its previous value.
     */
    @Transactional
    public MonitoringView attributeFever(long courseId, long assessmentId, String ifMatch, FeverAttributionRequest r) {
        return runner.run(MonitoringCommands.ATTRIBUTE_FEVER, Texts.of(MonitoringText.class).actionAttributeFever(),
                courseId, ifMatch, step -> feverAttribution(step, assessmentId, r), this::view);
    }

    private CommandRunner.Outcome feverAttribution(CommandRunner.Step step, long assessmentId,
            FeverAttributionRequest r) {
        var text = Texts.of(MonitoringText.class);
        Course course = requireAfterInfusion(step.course());
        long courseId = course.id;
        MonitoringAssessment a = MonitoringAssessment.<MonitoringAssessment>find("courseId = ?1 and id = ?2", courseId,
                assessmentId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(text.assessment(), assessmentId));
        if (a.temperatureC.compareTo(CrsGrading.FEVER_C) < 0) {
            throw ProblemException.conflict(text.noFeverToAttribute(a.temperatureC.toPlainString()));
        }
        if (a.feverAttributedTo != null) {
            throw ProblemException.conflict(text.feverAlreadyAttributed(a.feverAttributedTo, a.feverAttributedBy));
        }
        a.feverAttributedTo = r.cause();
        a.feverAttributionNote = r.documentation().strip();
        a.feverAttributedBy = step.user();
        a.feverAttributedAt = step.now();
        a.crsGradeBeforeAttribution = a.crsGrade;
        List<Map<String, Object>> regraded = new ArrayList<>();
        for (MonitoringAssessment later : MonitoringAssessment.ofCourse(courseId)) {
            if (later.assessedAt.isBefore(a.assessedAt)) {
                continue;
            }
            int grade = later.gradeCrs(CrsIntervention.feverMaskedAt(courseId, later.assessedAt));
            if (grade != later.crsGrade) {
                regraded.add(Map.of("assessmentId", later.id, "dayNumber", later.dayNumber, "crsGradeBefore",
                        later.crsGrade, "crsGrade", grade));
                later.crsGrade = grade;
                MonitoringAssessment.flush();
            }
        }
        return new CommandRunner.Outcome("monitoring.fever.attributed",
                a.feverAttributionNote, Map.of("assessmentId", a.id, "cause", r.cause(), "regraded", regraded,
                        "ruleId", "CRS-ALG"));
    }

    @Transactional
    public MonitoringView explainMissedDay(long courseId, String ifMatch, MissedDayRequest r) {
        return runner.run(MonitoringCommands.EXPLAIN_MISSED_DAY,
                Texts.of(MonitoringText.class).actionExplainMissedDay(),
                courseId, ifMatch, step -> missedDay(step, r), this::view);
    }

    private CommandRunner.Outcome missedDay(CommandRunner.Step step, MissedDayRequest r) {
        var text = Texts.of(MonitoringText.class);
        Course course = requireAfterInfusion(step.course());
        long courseId = course.id;
        int today = course.dayNumber(step.now());
        if (r.dayNumber() > today) {
            throw ProblemException.invalid("dayNumber", text.missedDayInTheFuture(r.dayNumber(), today));
        }
        if (MonitoringAssessment.count("courseId = ?1 and dayNumber = ?2", courseId, r.dayNumber()) > 0) {
            throw ProblemException.conflict(text.dayWasAssessed(r.dayNumber()));
        }
        MissedAssessmentDay.<MissedAssessmentDay>find("courseId = ?1 and dayNumber = ?2", courseId, r.dayNumber())
                .firstResultOptional().ifPresent(m -> {
                    throw ProblemException.conflict(text.dayAlreadyExplained(m.dayNumber, m.recordedBy));
                });
        MissedAssessmentDay m = new MissedAssessmentDay();
        m.courseId = courseId;
        m.dayNumber = r.dayNumber();
        m.reason = r.reason().strip();
        m.recordedBy = step.user();
        m.recordedRole = step.role();
        m.recordedAt = step.now();
        m.persist();
        return new CommandRunner.Outcome("monitoring.missed-day.explained",
                m.reason, Map.of("dayNumber", m.dayNumber, "ruleIds", List.of("MON-1", "MON-3", "MON-4")));
    }

    @Transactional
    public MonitoringView recordStock(long courseId, String ifMatch, StockRequest r) {
        return runner.run(MonitoringCommands.RECORD_STOCK, Texts.of(MonitoringText.class).actionRecordStock(),
                courseId, ifMatch, step -> stock(step, r), this::view);
    }

    private CommandRunner.Outcome stock(CommandRunner.Step step, StockRequest r) {
        Course course = step.course();
        long courseId = course.id;
        TocilizumabStock s = TocilizumabStock.of(courseId).orElseGet(TocilizumabStock::new);
        s.courseId = courseId;
        s.dosesOnHand = r.dosesOnHand();
        s.recordedBy = step.user();
        s.recordedAt = step.now();
        s.persist();
        return new CommandRunner.Outcome("monitoring.tocilizumab-stock.recorded",
                null, Map.of("dosesOnHand", r.dosesOnHand()));
    }

    @Transactional
    public MonitoringView recordDischarge(long courseId, String ifMatch, DischargeRecordRequest r) {
        return runner.run(MonitoringCommands.RECORD_DISCHARGE, Texts.of(MonitoringText.class).actionRecordDischarge(),
                courseId, ifMatch, step -> discharge(step, r), this::view);
    }

    private CommandRunner.Outcome discharge(CommandRunner.Step step, DischargeRecordRequest r) {
        Course course = requireAfterInfusion(step.course());
        long courseId = course.id;
        DischargeRecord d = new DischargeRecord();
        d.courseId = courseId;
        d.caregiverName = r.caregiverName();
        d.caregiverContact = r.caregiverContact();
        d.lodgingAddress = r.lodgingAddress();
        d.lodgingMinutesToSite = r.lodgingMinutesToSite();
        d.ackNoDriving = r.ackNoDriving();
        d.ackNoDonation = r.ackNoDonation();
        d.ackLiveVaccines = r.ackLiveVaccines();
        d.ackHivNatFalsePositive = r.ackHivNatFalsePositive();
        d.recordedBy = step.user();
        d.recordedAt = step.now();
        d.persist();
        return new CommandRunner.Outcome("monitoring.discharge-record.recorded", null, Map.of("dischargeRecord", r));
    }

    @Transactional
    public MonitoringView recordLabs(long courseId, String ifMatch, LabRequest r) {
        return runner.run(MonitoringCommands.RECORD_LABS, Texts.of(MonitoringText.class).actionRecordLabs(),
                courseId, ifMatch, step -> labs(step, r), this::view);
    }

    private CommandRunner.Outcome labs(CommandRunner.Step step, LabRequest r) {
        var text = Texts.of(MonitoringText.class);
        Course course = step.course();
        long courseId = course.id;
        if (course.infusedAt == null) {
            throw ProblemException.conflict(text.labsAfterInfusion(course.state));
        }
        Instant at = withinCourse(course, r.collectedAt(), "collectedAt");
        CtcaeGrading table = CtcaeGrading.DEFAULT;
        CtcaeGrading.LowerLimits lln = referenceRanges.of(course.patient.sex);
        LabPanel l = new LabPanel();
        l.courseId = courseId;
        l.collectedAt = at;
        l.dayNumber = course.dayNumber(at);
        // canonical values, graded unrounded; what the laboratory reported is kept beside them
        l.anc = Analyte.ANC.canonical("anc", r.anc());
        l.platelets = Analyte.PLATELETS.canonical("platelets", r.platelets());
        l.hemoglobin = Analyte.HEMOGLOBIN.canonical("hemoglobin", r.hemoglobin());
        l.potassium = Analyte.POTASSIUM.canonical("potassium", r.potassium());
        l.creatinine = Analyte.CREATININE.canonical("creatinine", r.creatinine());
        var entered = new java.util.LinkedHashMap<String, LabValue>();
        entered.put("anc", r.anc());
        entered.put("platelets", r.platelets());
        entered.put("hemoglobin", r.hemoglobin());
        entered.put("potassium", r.potassium());
        entered.put("creatinine", r.creatinine());
        l.asEntered = LabValue.asEntered(entered);
        l.neutrophilGrade = table.neutrophils(l.anc, lln);
        l.plateletGrade = table.platelets(l.platelets, lln);
        l.anaemiaGrade = table.anaemia(l.hemoglobin, lln);
        l.ctcaeVersion = table.version();
        l.crp = r.crp();
        l.ferritin = r.ferritin();
        l.phosphate = r.phosphate();
        l.calcium = r.calcium();
        l.uricAcid = r.uricAcid();
        l.igg = r.igg();
        l.infection = r.infection();
        l.infectionDetail = r.infectionDetail();
        l.hbvDna = r.hbvDna();
        l.hcvRna = r.hcvRna();
        l.recordedBy = step.user();
        l.recordedAt = step.now();
        l.persist();
        return new CommandRunner.Outcome("monitoring.labs.recorded",
                null, Map.of("labs", r, "ctcaeVersion", l.ctcaeVersion, "lowerLimitsOfNormal", lln));
    }

    @Transactional
    public MonitoringView recordResponse(long courseId, String ifMatch, ResponseRequest r) {
        return runner.run(MonitoringCommands.RECORD_RESPONSE, Texts.of(MonitoringText.class).actionRecordResponse(),
                courseId, ifMatch, step -> response(step, r), this::view);
    }

    private CommandRunner.Outcome response(CommandRunner.Step step, ResponseRequest r) {
        var text = Texts.of(MonitoringText.class);
        Course course = step.course();
        long courseId = course.id;
        if (course.infusedAt == null) {
            throw ProblemException.conflict(text.responsesAfterInfusion(course.state));
        }
        if (r.assessedOn().isBefore(course.infusedAt.atZone(course.zone()).toLocalDate())) {
            throw ProblemException.invalid("assessedOn", text.beforeInfusion());
        }
        ResponseAssessment a = new ResponseAssessment();
        a.courseId = courseId;
        a.assessedOn = r.assessedOn();
        a.response = r.response().name();
        a.mrd = r.mrd().name();
        a.recordedBy = step.user();
        a.recordedAt = step.now();
        a.persist();
        return new CommandRunner.Outcome("monitoring.response.recorded", null, Map.of("response", r));
    }

    @Transactional
    public FollowUpPlan.View recordSecondaryMalignancy(long courseId, String ifMatch, SecondaryMalignancyRequest r) {
        return runner.run(MonitoringCommands.RECORD_SECONDARY_MALIGNANCY,
                Texts.of(MonitoringText.class).actionRecordSecondaryMalignancy(), courseId, ifMatch,
                step -> secondaryMalignancy(step, r), c -> followUp(c.id));
    }

    private CommandRunner.Outcome secondaryMalignancy(CommandRunner.Step step, SecondaryMalignancyRequest r) {
        var text = Texts.of(MonitoringText.class);
        Course course = step.course();
        long courseId = course.id;
        if (course.infusedAt == null) {
            throw ProblemException.conflict(text.followUpStartsAtInfusion(course.state));
        }
        if (r.diagnosedOn().isBefore(course.infusedAt.atZone(course.zone()).toLocalDate())) {
            throw ProblemException.invalid("diagnosedOn", text.beforeInfusion());
        }
        SecondaryMalignancy m = new SecondaryMalignancy();
        m.courseId = courseId;
        m.diagnosedOn = r.diagnosedOn();
        m.diagnosis = r.diagnosis();
        m.lineage = r.lineage();
        m.recordedBy = step.user();
        m.recordedAt = step.now();
        m.persist();
        return new CommandRunner.Outcome("monitoring.secondary-malignancy.recorded",
                null, Map.of("secondaryMalignancy", r, "ruleIds",
                        r.lineage() == MalignancyLineage.T_CELL_LYMPHOID ? List.of("POST-5", "TMAL-1-JP24")
                                : List.of("POST-5")));
    }

    @Transactional
    public FollowUpPlan.View followUp(long courseId) {
        Course course = courses.load(courseId);
        if (course.infusedAt == null) {
            throw ProblemException.conflict(Texts.of(MonitoringText.class).followUpStartsAtInfusion(course.state));
        }
        var zone = course.zone();
        List<ResponseAssessment> responses = ResponseAssessment.ofCourse(courseId);
        return new FollowUpPlan.View(courseId, course.infusedAt.atZone(zone).toLocalDate(),
                FollowUpPlan.calendar(course.infusedAt.atZone(zone).toLocalDate(),
                        clock.instant().atZone(zone).toLocalDate(), responses),
                FollowUpPlan.cytopenias(LabPanel.ofCourse(courseId)), responses,
                SecondaryMalignancy.ofCourse(courseId),
                FollowUpPlan.watches(course.infusedAt.atZone(zone).toLocalDate(), SecondaryMalignancy.ofCourse(courseId)));
    }

    @Transactional
    public MonitoringView view(long courseId) {
        return view(courses.load(courseId));
    }

    /** CRS-ALG: the reason for a tocilizumab dose under 8 h from another, or null when spaced. */
    private String spacingDeviation(long courseId, Instant at, String reason) {
        boolean given = reason != null && !reason.isBlank();
        var spacing = new TocilizumabSpacingGuard.Facts(CrsIntervention.<CrsIntervention>list(
                "courseId = ?1 and drug = ?2", courseId, Drug.TOCILIZUMAB).stream().map(i -> i.givenAt).toList(), at,
                given, Course.<Course>findById(courseId).zone(), tocilizumab.minInterval());
        List<Problem.Refusal> refused = guards.check(MonitoringCommands.RECORD_INTERVENTION,
                TocilizumabSpacingGuard.class, spacing);
        if (!refused.isEmpty()) {
            throw ProblemException.refused(Texts.of(MonitoringText.class).tocilizumabTooSoon(), refused);
        }
        return spacing.tooClose() ? reason.strip() : null;
    }

    /**
     * Takes the dose from the patient's stock. A dose that was given is documented even when the stock shows none
     * (the count goes below zero and the monitoring view raises a pharmacy alert); true when that happened.
     */
    private static boolean takeTocilizumabDose(CommandRunner.Step step) {
        TocilizumabStock stock = TocilizumabStock.of(step.course().id).orElse(null);
        if (stock == null) {
            stock = new TocilizumabStock();
            stock.courseId = step.course().id;
            stock.dosesOnHand = 0;
            stock.recordedBy = step.user();
            stock.recordedAt = step.now();
        }
        boolean without = stock.dosesOnHand <= 0;
        stock.dosesOnHand--;
        stock.persist();
        return without;
    }

    private static Course requireAfterInfusion(Course course) {
        if (!AFTER_INFUSION.contains(course.state)) {
            throw ProblemException.conflict(Texts.of(MonitoringText.class).monitoringAfterInfusion(course.state));
        }
        return course;
    }

    /** An assessment or a dose: after the infusion, within the site's entry window, late entries with a reason. */
    private EntryTimes.Timed happened(Course course, Instant at, String lateEntryReason, String field) {
        if (at.isBefore(course.infusedAt)) {
            throw ProblemException.invalid(field, Texts.of(MonitoringText.class).beforeInfusion());
        }
        return entryTimes.resolve(at, lateEntryReason, field, course.zone());
    }

    /** Labs: results come back hours after collection, so only the course's bounds apply, not the late-entry rule. */
    private Instant withinCourse(Course course, Instant at, String field) {
        if (at.isBefore(course.infusedAt)) {
            throw ProblemException.invalid(field, Texts.of(MonitoringText.class).beforeInfusion());
        }
        if (at.isAfter(clock.instant())) {
            throw ProblemException.invalid(field, Texts.of(CommonText.class).inTheFuture());
        }
        return at;
    }

    private MonitoringView view(Course course) {
        long id = course.id;
        Instant now = clock.instant();
        List<MonitoringAssessment> assessments = MonitoringAssessment.ofCourse(id);
        Integer today = course.dayNumber(now);
        List<Integer> missing = new ArrayList<>();
        if (today != null) {
            Set<Integer> assessed = new HashSet<>();
            assessments.forEach(a -> assessed.add(a.dayNumber));
            for (int d = 0; d <= Math.min(today, LAST_INPATIENT_DAY); d++) {
                if (!assessed.contains(d)) {
                    missing.add(d);
                }
            }
        }
        MonitoringAssessment latest = assessments.isEmpty() ? null : assessments.get(assessments.size() - 1);
        int crs = latest == null ? 0 : latest.crsGrade;
        int icans = latest == null ? 0 : latest.icansGrade;
        var text = Texts.of(MonitoringText.class);
        List<String> alerts = new ArrayList<>();
        if (crs >= 2) {
            alerts.add(text.alertCrs(crs));
        }
        if (icans >= 2) {
            alerts.add(text.alertIcans(icans));
        }
        if (!missing.isEmpty()) {
            alerts.add(text.alertMissingDays(missing.toString()));
        }
        Optional<TocilizumabStock> stock = TocilizumabStock.of(id);
        stock.filter(st -> st.dosesOnHand < 0)
                .ifPresent(st -> alerts.add(text.alertTocilizumabStockBelowZero(st.dosesOnHand)));
        var zone = course.zone();
        return new MonitoringView(id, course.version, today,
                assessments.stream().map(a -> new MonitoringView.Assessment(a.id, a.assessedAt.toString(),
                        a.assessedAt.atZone(zone).toOffsetDateTime().toString(), a.dayNumber, a.temperatureC,
                        a.iceScore, a.crsGrade, a.icansGrade, a.recordedBy, a.recordedAt,
                        a.feverAttributedTo == null ? null : a.feverAttributedTo.name(), a.feverAttributionNote,
                        a.feverAttributedBy, a.crsGradeBeforeAttribution)).toList(),
                missing, alerts, crs, icans,
                CrsIntervention.ofCourse(id).stream().map(i -> new MonitoringView.Intervention(i.id, i.drug.name(),
                        i.givenAt.toString(), i.givenAt.atZone(zone).toOffsetDateTime().toString(), i.doseMg,
                        i.weightKg, i.recordedBy, i.spacingDeviationReason, i.givenWithoutStock, i.recordedAt)).toList(),
                stock.map(s -> s.dosesOnHand).orElse(null),
                DischargeRecord.current(id).orElse(null), LabPanel.ofCourse(id), ResponseAssessment.ofCourse(id),
                LateEntry.ofStage(id, "monitoring."),
                MissedAssessmentDay.ofCourse(id).stream().map(m -> new MonitoringView.MissedDay(m.dayNumber, m.reason,
                        m.recordedBy, m.recordedAt)).toList());
    }
}
