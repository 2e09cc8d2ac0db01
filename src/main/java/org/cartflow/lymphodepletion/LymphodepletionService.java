package org.cartflow.lymphodepletion;

import org.cartflow.kernel.SiteRecords;
import org.cartflow.kernel.Courses;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.audit.AuditEntry;
import org.cartflow.command.CommandRunner;
import org.cartflow.audit.SignatureMeaning;
import org.cartflow.audit.SignatureView;
import org.cartflow.audit.Signatures;
import org.cartflow.common.Analyte;
import org.cartflow.common.LabValue;
import org.cartflow.common.CommonText;
import org.cartflow.common.Problem;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Role;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
import org.cartflow.lymphodepletion.LdAdministration.Drug;
import org.cartflow.lymphodepletion.LdCalculator.BsaMethod;
import org.cartflow.lymphodepletion.LdCalculator.Calculation;
import org.cartflow.lymphodepletion.LdCalculator.CreatinineUnit;
import org.cartflow.lymphodepletion.LdCalculator.WeightBasis;
import org.cartflow.lymphodepletion.LdRequests.*;
import org.cartflow.kernel.GuardEvaluator;
import org.cartflow.lymphodepletion.rules.*;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lymphodepletion: pre-LD assessment, the physician's order computed from BSA and renal function, the independent
 * pharmacist verification (recomputed, within tolerance, not by the prescriber), and the nurse's administrations.
 */
@ApplicationScoped
public class LymphodepletionService {

    @Inject
    SiteRecords siteRecords;

    static final String SIGNATURE_MEANING = SignatureMeaning.LD_DOSES_VERIFIED.text();
    static final String SIGNED_RECORD = "ld-order";
    private static final EnumSet<CourseState> PLANNING = EnumSet.of(CourseState.ELIGIBLE, CourseState.COLLECTION,
            CourseState.MANUFACTURING, CourseState.MANUFACTURING_FAILED, CourseState.PRODUCT_RECEIVED,
            CourseState.LYMPHODEPLETION);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @ConfigProperty(name = "cartflow.ld.min-hours-between-doses", defaultValue = "20")
    int minHoursBetweenDoses;
    @Inject
    Courses courses;
    @Inject
    Signatures signatures;
    @Inject
    RenalPolicy policy;
    @Inject
    GuardEvaluator guards;
    @Inject
    CommandRunner runner;

    // ------------------------------------------------------------------ assessment

    @Transactional
    public LymphodepletionView recordAssessment(long courseId, String ifMatch, AssessmentRequest r) {
        return runner.run(LdCommands.ASSESS, Texts.of(LymphodepletionText.class).actionRecordAssessment(), courseId,
                ifMatch, step -> recordAssessment(step, r), this::view);
    }

    private CommandRunner.Outcome recordAssessment(CommandRunner.Step step, AssessmentRequest r) {
        Course course = step.course();
        long courseId = course.id;
        AssessmentLabs labs = AssessmentLabs.of(r, courseId, course::zone);
        CreatinineUnit creatinineUnit = creatinineUnit(labs.creatinine());
        checkPlausible(r.heightCm().doubleValue(), r.weightKg().doubleValue(), labs.creatinine().value().doubleValue(),
                creatinineUnit);
        requirePlanning(course);
        LdAssessment a = new LdAssessment();
        a.courseId = courseId;
        a.heightCm = r.heightCm();
        a.heightMeasuredOn = r.heightMeasuredOn();
        a.weightKg = r.weightKg();
        a.weightMeasuredOn = r.weightMeasuredOn();
        // creatinine is kept as reported (the calculator converts umol/L and shows it); counts are canonical
        a.creatinineValue = labs.creatinine().value();
        a.creatinineUnit = creatinineUnit;
        a.creatinineMeasuredOn = labs.creatinineMeasuredOn();
        a.creatinineSource = labs.creatinineSource();
        a.anc = Analyte.ANC.canonical("anc", labs.anc());
        a.platelets = Analyte.PLATELETS.canonical("platelets", labs.platelets());
        a.hemoglobin = Analyte.HEMOGLOBIN.canonical("hemoglobin", labs.hemoglobin());
        var entered = new java.util.LinkedHashMap<String, LabValue>();
        entered.put("creatinine", labs.creatinine());
        entered.put("anc", labs.anc());
        entered.put("platelets", labs.platelets());
        entered.put("hemoglobin", labs.hemoglobin());
        a.asEntered = LabValue.asEntered(entered)
                + (labs.importedFrom().isEmpty() ? "" : "; imported " + String.join("; ", labs.importedFrom()));
        a.countsMeasuredOn = labs.countsMeasuredOn();
        a.activeInfection = r.activeInfection();
        a.inflammatoryDisease = r.inflammatoryDisease();
        a.saePulmonary = r.seriousAdverseEventPulmonary();
        a.saeCardiac = r.seriousAdverseEventCardiac();
        a.saeHypotension = r.seriousAdverseEventHypotension();
        a.saeOther = r.seriousAdverseEventOther() == null || r.seriousAdverseEventOther().isBlank() ? null
                : r.seriousAdverseEventOther();
        a.recordedBy = step.user();
        a.recordedAt = step.now();
        a.persist();
        List<Map<String, Object>> invalidated = invalidateOrdersAffectedBy(course, a);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("assessment", r);
        if (!labs.importedFrom().isEmpty()) {
            details.put("labsImported", labs.importedFrom());
        }
        if (!invalidated.isEmpty()) {
            details.put("invalidatedOrders", invalidated);
        }
        return new CommandRunner.Outcome("lymphodepletion.assessment.recorded", null, details);
    }

    /** A new weight > 10 % away from the one used, or a creatinine moving the patient to another tier, voids an order. */
    private List<Map<String, Object>> invalidateOrdersAffectedBy(Course course, LdAssessment a) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (LdOrder o : LdOrder.open(course.id)) {
            double used = o.weightKgUsed.doubleValue();
            double change = Math.abs(a.weightKg.doubleValue() - used) / used * 100;
            Calculation now = calculate(course, a, optionsOf(o));
            String reason = null;
            if (change > 10) {
                reason = "weight " + a.weightKg + " kg differs " + LdCalculator.round(change, 1)
                        + " % from the " + used + " kg the order used";
            } else if (!now.tier().name().equals(o.renalTier)) {
                reason = "new creatinine moves CrCl to " + now.crclMlMin() + " mL/min (" + now.tier() + ", was "
                        + o.renalTier + ")";
            }
            if (reason != null) {
                o.status = LdOrder.Status.INVALIDATED;
                o.invalidationReason = reason;
                out.add(Map.of("orderId", o.id, "reason", reason));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ calculation and order

    @Transactional
    public Calculation preview(long courseId, CalculationOptions options) {
        var text = Texts.of(LymphodepletionText.class);
        Course course = courses.load(courseId);
        LdAssessment a = LdAssessment.latest(courseId).orElse(null);
        guards.require(LdCommands.CALCULATE, AssessmentRecordedGuard.class, new AssessmentRecordedGuard.Facts(a != null,
                false));
        return calculate(course, a, options == null ? CalculationOptions.defaults() : options);
    }

    @Transactional
    public LymphodepletionView prescribe(long courseId, String ifMatch, OrderRequest r) {
        return runner.run(LdCommands.PRESCRIBE, Texts.of(LymphodepletionText.class).actionPrescribe(), courseId,
                ifMatch, step -> prescribe(step, r), this::view);
    }

    private CommandRunner.Outcome prescribe(CommandRunner.Step step, OrderRequest r) {
        var text = Texts.of(LymphodepletionText.class);
        Course course = requirePlanning(step.course());
        long courseId = course.id;
        LocalDate today = step.now().atZone(course.zone()).toLocalDate();
        if (r.ldDay1().isBefore(today)) {
            throw ProblemException.invalid("ldDay1", text.ldDay1InThePast());
        }
        LdAssessment a = LdAssessment.latest(courseId).orElse(null);
        guards.require(LdCommands.PRESCRIBE, AssessmentRecordedGuard.class, new AssessmentRecordedGuard.Facts(a != null,
                true));
        guards.require(LdCommands.PRESCRIBE, MeasurementsCurrentGuard.class, new MeasurementsCurrentGuard.Facts(
                a.oldestMeasurement(), policy.measurementWindowDays(), r.ldDay1(), false));
        CalculationOptions options = r.options() == null ? CalculationOptions.defaults() : r.options();
        Calculation calc = calculate(course, a, options);
        BigDecimal calcFlu = calc.fludarabineDailyMg() == null ? null : BigDecimal.valueOf(calc.fludarabineDailyMg());
        BigDecimal calcCy = BigDecimal.valueOf(calc.cyclophosphamideDailyMg());
        boolean hasReason = r.reason() != null && !r.reason().isBlank();
        guards.require(LdCommands.PRESCRIBE, FludarabineTierGuard.class, new FludarabineTierGuard.Facts(calc.crclMlMin(),
                calcFlu != null, r.fludarabineDailyMg() != null, hasReason));
        BigDecimal flu = r.fludarabineDailyMg() != null ? r.fludarabineDailyMg() : calcFlu;
        BigDecimal cy = r.cyclophosphamideDailyMg() != null ? r.cyclophosphamideDailyMg() : calcCy;
        boolean differs = calcFlu == null || flu.compareTo(calcFlu) != 0 || cy.compareTo(calcCy) != 0;
        if (differs && !hasReason) {
            throw ProblemException.invalid("reason", text.dosesDifferGiveReason(String.valueOf(calcFlu), calcCy));
        }
        for (LdOrder old : LdOrder.open(courseId)) {
            old.status = LdOrder.Status.INVALIDATED;
            old.invalidationReason = "superseded by a new order";
        }
        LdOrder o = new LdOrder();
        o.courseId = courseId;
        o.assessmentId = a.id;
        o.moveFrom(1, r.ldDay1());
        o.policyVersion = calc.policyVersion();
        o.calculation = json(Map.of("options", options, "result", calc));
        o.weightKgUsed = a.weightKg;
        o.renalTier = calc.tier().name();
        o.calculatedFluMg = calcFlu;
        o.calculatedCyMg = calcCy;
        o.prescribedFluMg = flu;
        o.prescribedCyMg = cy;
        o.prescriptionReason = hasReason ? r.reason() : null;
        o.prescribedBy = step.user();
        o.prescribedAt = step.now();
        o.status = LdOrder.Status.PRESCRIBED;
        o.persist();
        LdOrder.flush();
        return new CommandRunner.Outcome("lymphodepletion.order.prescribed",
                o.prescriptionReason, Map.of("orderId", o.id, "ldDay1", o.ldDay1, "fludarabineDailyMg", flu,
                        "cyclophosphamideDailyMg", cy, "renalTier", o.renalTier, "policyVersion", o.policyVersion));
    }

    // ------------------------------------------------------------------ verification

    @Transactional
    public LymphodepletionView verify(long courseId, long orderId, String ifMatch) {
        return runner.run(LdCommands.VERIFY, Texts.of(LymphodepletionText.class).actionVerify(), courseId, ifMatch,
                step -> verify(step, orderId), this::view);
    }

    private CommandRunner.Outcome verify(CommandRunner.Step step, long orderId) {
        var text = Texts.of(LymphodepletionText.class);
        Course course = step.course();
        long courseId = course.id;
        LdOrder o = order(courseId, orderId);
        if (o.prescribedBy.equals(step.user())) {
            throw ProblemException.forbidden(text.verifierIsPrescriber());
        }
        if (o.status != LdOrder.Status.PRESCRIBED) {
            throw ProblemException.conflict(text.onlyPrescribedOrderVerified(orderId, o.status));
        }
        LdAssessment a = LdAssessment.findById(o.assessmentId);
        Calculation again = calculate(course, a, optionsOf(o));
        guards.require(LdCommands.VERIFY, RecomputedDoseGuard.class, new RecomputedDoseGuard.Facts(List.of(
                new RecomputedDoseGuard.Dose(text.fludarabine(), o.prescribedFluMg, again.fludarabineDailyMg()),
                new RecomputedDoseGuard.Dose(text.cyclophosphamide(), o.prescribedCyMg,
                        again.cyclophosphamideDailyMg())),
                o.prescriptionReason, policy.tolerancePercent()));
        SignatureView signature = signatures.sign(SignatureMeaning.LD_DOSES_VERIFIED, step.role(), courseId,
                SIGNED_RECORD, o.id);
        o.status = LdOrder.Status.VERIFIED;
        o.verifiedBy = step.user();
        o.verifiedAt = step.now();
        o.verificationMeaning = SIGNATURE_MEANING;
        Calculation siteDefault = calculate(course, a, CalculationOptions.defaults());
        List<String> reduced = new ArrayList<>();
        if (deliberateReduction(o.prescribedFluMg, again.fludarabineDailyMg(), o.prescriptionReason)) {
            reduced.add("FLUDARABINE");
        }
        if (deliberateReduction(o.prescribedCyMg, again.cyclophosphamideDailyMg(), o.prescriptionReason)) {
            reduced.add("CYCLOPHOSPHAMIDE");
        }
        o.verifiedSnapshot = json(Map.of("recomputed", again, "siteDefault", siteDefault, "deliberateReductions",
                reduced, "prescriptionReason", String.valueOf(o.prescriptionReason),
                "tolerancePercent", policy.tolerancePercent(),
                "prescribedFludarabineMg", o.prescribedFluMg, "prescribedCyclophosphamideMg", o.prescribedCyMg));
        return new CommandRunner.Outcome("lymphodepletion.order.verified",
                reduced.isEmpty() ? null : o.prescriptionReason, Map.of("orderId", o.id, "meaning", SIGNATURE_MEANING,
                        "signatureId", signature.id(),
                        "recomputedFludarabineMg", String.valueOf(again.fludarabineDailyMg()),
                        "recomputedCyclophosphamideMg", again.cyclophosphamideDailyMg(), "deliberateReductions", reduced));
    }

    /** LD-3: below the policy dose beyond the tolerance, with the prescriber's reason. */
    private boolean deliberateReduction(BigDecimal prescribed, Double recomputed, String reason) {
        return recomputed != null
                && DoseComparison.of(prescribed, recomputed, policy.tolerancePercent(), reason).deliberateReduction();
    }

    @Transactional
    public LymphodepletionView reject(long courseId, long orderId, String ifMatch, RejectionRequest r) {
        var text = Texts.of(LymphodepletionText.class);
        return runner.run(LdCommands.REJECT, text.actionReject(), courseId, ifMatch, step -> {
            LdOrder o = order(courseId, orderId);
            if (o.status != LdOrder.Status.PRESCRIBED) {
                throw ProblemException.conflict(text.onlyPrescribedOrderRejected(orderId, o.status));
            }
            o.status = LdOrder.Status.REJECTED;
            o.rejectionReason = r.reason();
            return new CommandRunner.Outcome("lymphodepletion.order.rejected", r.reason(), Map.of("orderId", o.id));
        }, this::view);
    }

    // ------------------------------------------------------------------ administration

    @Transactional
    public LymphodepletionView administer(long courseId, String ifMatch, AdministrationRequest r) {
        return runner.run(LdCommands.ADMINISTER, Texts.of(LymphodepletionText.class).actionAdminister(), courseId,
                ifMatch, step -> administer(step, r), this::view);
    }

    private CommandRunner.Outcome administer(CommandRunner.Step step, AdministrationRequest r) {
        var text = Texts.of(LymphodepletionText.class);
        Course course = step.course();
        long courseId = course.id;
        LdOrder o = LdOrder.verified(courseId).orElse(null);
        guards.require(LdCommands.ADMINISTER, LdDoseAllowedGuard.class, new LdDoseAllowedGuard.Facts(course.state,
                o != null));
        if (!r.endedAt().isAfter(r.startedAt())) {
            throw ProblemException.invalid("endedAt", text.endNotAfterStart());
        }
        LdAssessment latest = LdAssessment.latest(courseId).orElseThrow();
        guards.require(LdCommands.ADMINISTER, DelayBeforeDoseGuard.class, new DelayBeforeDoseGuard.Facts(
                latest.seriousAdverseEvents(), latest.activeInfection, latest.inflammatoryDisease));
        List<LdAdministration> given = LdAdministration.ofOrder(o.id);
        if (given.stream().anyMatch(g -> g.drug == r.drug() && g.ldDay == r.ldDay())) {
            throw ProblemException.conflict(text.doseAlreadyRecorded(r.drug(), r.ldDay()));
        }
        LdAdministration previous = given.stream().filter(g -> g.drug == r.drug() && g.ldDay == r.ldDay() - 1)
                .findFirst().orElse(null);
        String scheduleReason = r.scheduleDeviationReason() == null || r.scheduleDeviationReason().isBlank() ? null
                : r.scheduleDeviationReason().strip();
        var dayOrder = new LdDayOrderGuard.Facts(r.drug(), r.ldDay(), previous != null, o.dateOf(r.ldDay()),
                r.startedAt().atZone(course.zone()).toLocalDate(), o.id, scheduleReason != null);
        if (scheduleReason != null && !dayOrder.offSchedule()) {
            throw ProblemException.invalid("scheduleDeviationReason", text.scheduleReasonOnlyOffSchedule());
        }
        guards.require(LdCommands.ADMINISTER, LdDayOrderGuard.class, dayOrder);
        if (r.startedAt().isAfter(step.now())) {
            throw ProblemException.invalid("startedAt", text.doseStartInTheFuture());
        }
        String spacingReason = spacingDeviation(previous, r);
        BigDecimal ordered = r.drug() == Drug.FLUDARABINE ? o.prescribedFluMg : o.prescribedCyMg;
        if (r.doseMg().compareTo(ordered) != 0) {
            throw ProblemException.invalid("doseMg", text.doseNotAsOrdered(ordered, r.drug()));
        }
        LdAdministration d = new LdAdministration();
        d.courseId = courseId;
        d.orderId = o.id;
        d.drug = r.drug();
        d.ldDay = r.ldDay();
        d.doseMg = r.doseMg();
        d.startedAt = r.startedAt();
        d.endedAt = r.endedAt();
        d.lot = r.lot();
        d.spacingDeviationReason = spacingReason;
        d.scheduleDeviationReason = scheduleReason;
        d.recordedBy = step.user();
        d.recordedAt = step.now();
        d.persist();
        return new CommandRunner.Outcome("lymphodepletion.dose.given",
                spacingReason != null ? spacingReason : scheduleReason, AuditEntry.details("orderId", o.id, "drug",
                        d.drug, "ldDay", d.ldDay, "doseMg", d.doseMg, "lot", d.lot, "spacingDeviation",
                        spacingReason != null, "scheduleDeviation", scheduleReason != null, "scheduledOn",
                        o.dateOf(r.ldDay()), "scheduleDeviationReason", scheduleReason));
    }

    /** LD-1 "once daily": the nurse's reason for a dose closer than the minimum hours, or null when spaced. */
    private String spacingDeviation(LdAdministration previous, AdministrationRequest r) {
        String reason = r.spacingDeviationReason() == null ? null : r.spacingDeviationReason().strip();
        var spacing = new LdDoseSpacingGuard.Facts(r.drug(), previous == null ? null
                : Duration.between(previous.startedAt, r.startedAt()), minHoursBetweenDoses,
                reason != null && !reason.isEmpty());
        guards.require(LdCommands.ADMINISTER, LdDoseSpacingGuard.class, spacing);
        return spacing.tooClose() ? reason : null;
    }

    // ------------------------------------------------------------------ reads

    @Transactional
    public LymphodepletionView view(long courseId) {
        return view(courses.load(courseId));
    }

    /**
     * LD-3: the same order's assessment recomputed with the site's default method (no prescriber choices), so the
     * pharmacist sees whether the prescriber's choice of BSA method, weight basis, cap or normalisation changed the dose.
     */
    @Transactional
    public Calculation recomputeWithSiteDefaults(long courseId, long orderId) {
        LdOrder o = order(courseId, orderId);
        return calculate(courses.load(courseId), LdAssessment.findById(o.assessmentId), CalculationOptions.defaults());
    }

    /** What the verifying pharmacist's recomputation gives for an order: its assessment, its options, today's policy. */
    @Transactional
    public Calculation recompute(long courseId, long orderId) {
        LdOrder o = order(courseId, orderId);
        return calculate(courses.load(courseId), LdAssessment.findById(o.assessmentId), optionsOf(o));
    }

    public double tolerancePercent() {
        return policy.tolerancePercent();
    }

    @Transactional
    public List<Map<String, Object>> verificationQueue() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (LdOrder o : LdOrder.<LdOrder>list("status = ?1 and courseId in (select c.id from Course c where "
                + "c.patient.site in ?2) order by prescribedAt, id", LdOrder.Status.PRESCRIBED,
                siteRecords.sitesParameter())) {
            Course c = Course.findById(o.courseId);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("orderId", o.id);
            item.put("courseId", o.courseId);
            item.put("patient", Map.of("mrn", c.patient.mrn, "familyName", c.patient.familyName, "givenName",
                    c.patient.givenName, "birthDate", c.patient.birthDate, "sex", c.patient.sex));
            item.put("prescribedBy", o.prescribedBy);
            item.put("prescribedAt", o.prescribedAt);
            item.put("assessment", LdAssessment.findById(o.assessmentId));
            item.put("order", orderView(o));
            out.add(item);
        }
        return out;
    }

    LymphodepletionView view(Course course) {
        List<LdOrder> orders = LdOrder.ofCourse(course.id);
        LdOrder verified = LdOrder.verified(course.id).orElse(null);
        return new LymphodepletionView(course.id, course.version, LdAssessment.latest(course.id).orElse(null),
                orders.stream().map(this::orderView).toList(),
                LdAdministration.<LdAdministration>list("courseId = ?1 order by id", course.id),
                verified == null ? null : verified.plannedInfusionOn, LdPlanMove.ofCourse(course.id));
    }

    private LymphodepletionView.Order orderView(LdOrder o) {
        return new LymphodepletionView.Order(o.id, o.status.name(), o.ldDay1, o.ldDays(), o.plannedInfusionOn,
                o.policyVersion,
                o.renalTier, o.calculatedFluMg, o.calculatedCyMg, o.prescribedFluMg, o.prescribedCyMg,
                o.prescriptionReason, o.prescribedBy, o.prescribedAt, o.verifiedBy, o.verifiedAt, o.verificationMeaning,
                o.rejectionReason, o.invalidationReason, tree(o.calculation), tree(o.verifiedSnapshot),
                signatures.of(SIGNED_RECORD, o.id).stream().findFirst().orElse(null));
    }

    // ------------------------------------------------------------------ helpers

    Calculation calculate(Course course, LdAssessment a, CalculationOptions options) {
        int age = Period.between(course.patient.birthDate, a.weightMeasuredOn).getYears();
        return LdCalculator.calculate(new LdCalculator.Inputs(a.heightCm.doubleValue(), a.weightKg.doubleValue(),
                a.creatinineValue.doubleValue(), a.creatinineUnit, age, course.patient.sex,
                options.bsaMethod() == null ? BsaMethod.MOSTELLER : options.bsaMethod(),
                options.bsaCapM2() == null ? null : options.bsaCapM2().doubleValue(),
                options.weightBasis() == null ? WeightBasis.ACTUAL : options.weightBasis(),
                Boolean.TRUE.equals(options.normaliseTo173())), policy);
    }

    private static CalculationOptions optionsOf(LdOrder o) {
        try {
            return JSON.treeToValue(JSON.readTree(o.calculation).get("options"), CalculationOptions.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("order " + o.id + " has an unreadable calculation", e);
        }
    }

    private static Course requirePlanning(Course course) {
        if (!PLANNING.contains(course.state)) {
            throw ProblemException.conflict(Texts.of(LymphodepletionText.class).ldPlannedOnlyBeforeLdGiven(
                    course.state));
        }
        return course;
    }

    private static LdOrder order(long courseId, long orderId) {
        return LdOrder.<LdOrder>find("id = ?1 and courseId = ?2", orderId, courseId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(Texts.of(LymphodepletionText.class).ldOrder(), orderId));
    }

    /** The calculator's unit for a creatinine reported in mg/dL or umol/L; any other unit is refused on its field. */
    static CreatinineUnit creatinineUnit(LabValue v) {
        return switch (v.unit().strip()) {
            case "mg/dL" -> CreatinineUnit.MG_DL;
            case "umol/L" -> CreatinineUnit.UMOL_L;
            default -> throw ProblemException.invalid("creatinine.unit", Texts.of(CommonText.class)
                    .unknownLabUnit(v.unit(), String.join(", ", Analyte.CREATININE.units())));
        };
    }

    /** Plausibility (units!): height 100-230 cm, weight 25-300 kg, creatinine 0.1-20 mg/dL. */
    static void checkPlausible(double heightCm, double weightKg, double creatinine, CreatinineUnit unit) {
        var text = Texts.of(LymphodepletionText.class);
        if (heightCm < 100 || heightCm > 230) {
            throw ProblemException.invalid("heightCm",
                    heightCm < 3 ? text.heightOutsideRangeMetres() : text.heightOutsideRange());
        }
        if (weightKg < 25 || weightKg > 300) {
            throw ProblemException.invalid("weightKg",
                    weightKg > 300 ? text.weightOutsideRangePounds() : text.weightOutsideRange());
        }
        double mgDl = unit == CreatinineUnit.UMOL_L ? creatinine / LdCalculator.UMOL_PER_MG_DL : creatinine;
        if (mgDl < 0.1 || mgDl > 20) {
            double rounded = LdCalculator.round(mgDl, 2);
            throw ProblemException.invalid("creatinine.value", unit == CreatinineUnit.MG_DL && creatinine > 20
                    ? text.creatinineOutsideRangeUmol(rounded) : text.creatinineOutsideRange(rounded));
        }
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode tree(String s) {
        try {
            return s == null ? null : JSON.readTree(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
