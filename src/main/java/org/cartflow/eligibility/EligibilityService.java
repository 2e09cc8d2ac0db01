package org.cartflow.eligibility;

import org.cartflow.kernel.StepChecks;
import org.cartflow.kernel.Courses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.cartflow.audit.AuditEntry;
import org.cartflow.audit.AuditTrail;
import org.cartflow.common.CurrentUser;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Role;
import org.cartflow.common.Texts;
import org.cartflow.eligibility.EligibilityRequests.*;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
import org.cartflow.kernel.GuardContext;

/** Records the eligibility work-up (each finding audited) and evaluates the eligibility guards. */
@ApplicationScoped
public class EligibilityService {

    static final List<String> RECORDERS = List.of(Role.PHYSICIAN, Role.COORDINATOR);
    private static final EnumSet<CourseState> OPEN = EnumSet.of(CourseState.REFERRAL, CourseState.SCREENING);
    /**
     * A hypersensitivity found after screening (a reaction to DMSO in another product, say) must still stop the
     * thaw (HYPERSENS-1), so it can be recorded until the product is given.
     */
    private static final EnumSet<CourseState> BEFORE_INFUSION = EnumSet.copyOf(java.util.Arrays.stream(
            CourseState.values()).filter(s -> !s.terminal() && !s.infusedOrLater()).toList());

    @Inject
    Courses courses;

    @Inject
    StepChecks stepChecks;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    EligibilityFactsLoader facts;

    @Transactional
    public EligibilityView recordSite(long courseId, String ifMatch, SiteQualificationRequest r) {
        return record(courseId, ifMatch, "site-qualification", r, new SiteQualification(), q -> {
            q.siteCode = r.siteCode();
            q.siteName = r.siteName();
            q.crsEmergencyCapable = r.crsEmergencyCapable();
            q.treatingPhysician = r.treatingPhysician();
            q.hemeSctExperienced = r.hemeSctExperienced();
            q.manufacturerTrainingOn = r.manufacturerTrainingOn();
        });
    }

    @Transactional
    public EligibilityView recordDiagnosis(long courseId, String ifMatch, DiagnosisRequest r) {
        return record(courseId, ifMatch, "diagnosis", r, new MyelomaDiagnosis(), d -> {
            d.diagnosis = r.diagnosis();
            d.diseaseStatus = r.diseaseStatus();
            d.diagnosedOn = r.diagnosedOn();
        });
    }

    @Transactional
    public EligibilityView addTherapyLine(long courseId, String ifMatch, TherapyLineRequest r) {
        var text = Texts.of(EligibilityText.class);
        if (r.endedOn() != null && r.endedOn().isBefore(r.startedOn())) {
            throw ProblemException.invalid("endedOn", text.endedBeforeStarted());
        }
        boolean taken = TherapyLine.active(courseId).stream().anyMatch(l -> l.lineNumber == r.lineNumber());
        if (taken) {
            throw ProblemException.conflict(text.lineAlreadyRecorded(r.lineNumber()));
        }
        return record(courseId, ifMatch, "therapy-line", r, new TherapyLine(), l -> {
            l.lineNumber = r.lineNumber();
            l.regimen = r.regimen();
            l.classes(r.agentClasses());
            l.startedOn = r.startedOn();
            l.endedOn = r.endedOn();
            l.outcome = r.outcome();
        });
    }

    @Transactional
    public EligibilityView retractTherapyLine(long courseId, long lineId, String ifMatch, RetractionRequest r) {
        var text = Texts.of(EligibilityText.class);
        String role = user.requireRole(RECORDERS, text.correctTherapyHistory());
        Course course = openCourse(courseId, ifMatch);
        TherapyLine line = TherapyLine.<TherapyLine>find("id = ?1 and courseId = ?2", lineId, courseId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound(text.therapyLine(), lineId));
        if (line.retracted) {
            throw ProblemException.conflict(text.lineAlreadyRetracted(lineId));
        }
        line.retracted = true;
        line.retractionReason = r.reason();
        TherapyLine.flush();
        EligibilityView view = view(course);
        audit.append(AuditEntry.record(user.name(), role, "eligibility.therapy-line.retracted", course.patient.id,
                courseId, r.reason(), Map.of("therapyLineId", lineId, "lineNumber", line.lineNumber)));
        return view;
    }

    @Transactional
    public EligibilityView recordEcog(long courseId, String ifMatch, EcogRequest r) {
        return record(courseId, ifMatch, "ecog", r, new EcogAssessment(), e -> {
            e.score = r.score();
            e.assessedOn = r.assessedOn();
        });
    }

    @Transactional
    public EligibilityView recordPregnancy(long courseId, String ifMatch, PregnancyStatusRequest r) {
        var text = Texts.of(EligibilityText.class);
        if (r.pregnant() && !r.childbearingPotential()) {
            throw ProblemException.invalid("childbearingPotential", text.pregnantSoChildbearing());
        }
        if (r.pregnant() && r.pregnancyTestNegativeOn() != null) {
            throw ProblemException.invalid("pregnancyTestNegativeOn", text.pregnantSoNoNegativeTest());
        }
        // re-confirmed before LD and the thaw (PregnancyReconfirmedGuard), so recordable until the product is given
        return record(courseId, ifMatch, BEFORE_INFUSION, "pregnancy-status", r, new PregnancyStatus(), p -> {
            p.childbearingPotential = r.childbearingPotential();
            p.pregnant = r.pregnant();
            p.pregnancyTestNegativeOn = r.pregnancyTestNegativeOn();
            p.contraceptionCounselled = r.contraceptionCounselled();
        });
    }

    @Transactional
    public EligibilityView recordPregnancyBenefitRisk(long courseId, String ifMatch, PregnancyBenefitRiskRequest r) {
        var text = Texts.of(EligibilityText.class);
        if (!user.has(Role.PHYSICIAN)) {
            throw ProblemException.forbidden(text.onlyPhysicianDecidesBenefitRisk());
        }
        PregnancyStatus status = PregnancyStatus.current(courseId).filter(p -> p.pregnant).orElseThrow(
                () -> ProblemException.conflict(text.benefitRiskOnlyForPregnancy()));
        return record(courseId, ifMatch, BEFORE_INFUSION, "pregnancy-benefit-risk", r, new PregnancyBenefitRisk(), d -> {
            d.pregnancyStatusId = status.id;
            d.reason = r.reason().strip();
            d.contraceptionPlan = r.contraceptionPlan().strip();
        });
    }

    @Transactional
    public EligibilityView recordHypersensitivity(long courseId, String ifMatch, HypersensitivityRequest r) {
        return record(courseId, ifMatch, BEFORE_INFUSION, "hypersensitivity", r, new HypersensitivityHistory(), h -> {
            h.dmso = r.dmso();
            h.humanSerumAlbumin = r.humanSerumAlbumin();
            h.electrolyteSolution = r.electrolyteSolution();
            h.otherComponent = r.otherComponent() == null || r.otherComponent().isBlank() ? null : r.otherComponent();
        });
    }

    @Transactional
    public EligibilityView recordConsent(long courseId, String ifMatch, ConsentRequest r) {
        return record(courseId, ifMatch, "treatment-consent", r, new TreatmentConsent(), c -> {
            c.signedOn = r.signedOn();
            c.signedBy = r.signedBy();
            c.signerName = r.signerName();
            c.explainedBy = r.explainedBy();
            c.documentReference = r.documentReference();
            c.written = r.written();
        });
    }

    @Transactional
    public EligibilityView view(long courseId) {
        return view(courses.load(courseId));
    }

    private <F extends Finding> EligibilityView record(long courseId, String ifMatch, String kind, Object request,
            F finding, java.util.function.Consumer<F> fill) {
        return record(courseId, ifMatch, OPEN, kind, request, finding, fill);
    }

    private <F extends Finding> EligibilityView record(long courseId, String ifMatch, EnumSet<CourseState> open,
            String kind, Object request, F finding, java.util.function.Consumer<F> fill) {
        String role = user.requireRole(RECORDERS, Texts.of(EligibilityText.class).recordWorkUp());
        Course course = openCourse(courseId, ifMatch, open);
        fill.accept(finding);
        finding.courseId = courseId;
        finding.recordedBy = user.name();
        finding.recordedAt = clock.instant();
        finding.persist();
        Finding.flush();
        EligibilityView view = view(course);
        // appended last: the audit chain's lock is then held only for the append and the commit
        audit.append(AuditEntry.record(user.name(), role, "eligibility." + kind + ".recorded", course.patient.id,
                courseId, null, Map.of(kind, request)));
        return view;
    }

    private Course openCourse(long courseId, String ifMatch) {
        return openCourse(courseId, ifMatch, OPEN);
    }

    private Course openCourse(long courseId, String ifMatch, EnumSet<CourseState> open) {
        Course course = courses.beginEdit(courseId, ifMatch);
        if (!open.contains(course.state)) {
            throw ProblemException.conflict(Texts.of(EligibilityText.class).workUpClosed(course.state, open.toString()));
        }
        return course;
    }

    private EligibilityView view(Course course) {
        GuardContext ctx = new GuardContext(course, clock.instant());
        List<EligibilityView.Check> checks = new ArrayList<>();
        for (var c : stepChecks.of("declare-eligible", ctx)) {
            checks.add(new EligibilityView.Check(c.guard(), c.ruleIds(), c.passes(), c.refusals()));
        }
        // the same facts the guards just read (loaded once for this context)
        EligibilityFacts f = facts.workUp(ctx);
        return new EligibilityView(course.id, course.version, f.siteQualification(), f.diagnosis(),
                f.therapyLines().stream().map(EligibilityView.Line::of).toList(), f.ecog(), f.pregnancy().status(),
                f.pregnancy().benefitRisk(), f.hypersensitivity().history(), f.consent(), checks);
    }
}
