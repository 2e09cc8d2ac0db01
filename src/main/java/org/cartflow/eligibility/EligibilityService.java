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
import org.cartflow.command.CommandRunner;
import org.cartflow.kernel.Command;
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
    CommandRunner runner;

    @Inject
    Clock clock;

    @Inject
    EligibilityFactsLoader facts;

    @Transactional
    public EligibilityView recordSite(long courseId, String ifMatch, SiteQualificationRequest r) {
        return record(EligibilityCommands.SITE, courseId, ifMatch, r, new SiteQualification(), q -> {
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
        return record(EligibilityCommands.DIAGNOSIS, courseId, ifMatch, r, new MyelomaDiagnosis(), d -> {
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
        return record(EligibilityCommands.THERAPY_LINE, courseId, ifMatch, r, new TherapyLine(), l -> {
            if (TherapyLine.active(courseId).stream().anyMatch(other -> other.lineNumber == r.lineNumber())) {
                throw ProblemException.conflict(text.lineAlreadyRecorded(r.lineNumber()));
            }
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
        return runner.run(EligibilityCommands.RETRACT_THERAPY_LINE, text.correctTherapyHistory(), courseId, ifMatch,
                step -> {
                    requireOpen(step.course(), OPEN);
                    TherapyLine line = TherapyLine.<TherapyLine>find("id = ?1 and courseId = ?2", lineId, courseId)
                            .firstResultOptional()
                            .orElseThrow(() -> ProblemException.notFound(text.therapyLine(), lineId));
                    if (line.retracted) {
                        throw ProblemException.conflict(text.lineAlreadyRetracted(lineId));
                    }
                    line.retracted = true;
                    line.retractionReason = r.reason();
                    return new CommandRunner.Outcome("eligibility.therapy-line.retracted", r.reason(),
                            Map.of("therapyLineId", lineId, "lineNumber", line.lineNumber));
                }, this::view);
    }

    @Transactional
    public EligibilityView recordEcog(long courseId, String ifMatch, EcogRequest r) {
        return record(EligibilityCommands.ECOG, courseId, ifMatch, r, new EcogAssessment(), e -> {
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
        return record(EligibilityCommands.PREGNANCY, text.recordWorkUp(), courseId, ifMatch, BEFORE_INFUSION, r,
                new PregnancyStatus(), p -> {
                    p.childbearingPotential = r.childbearingPotential();
                    p.pregnant = r.pregnant();
                    p.pregnancyTestNegativeOn = r.pregnancyTestNegativeOn();
                    p.contraceptionCounselled = r.contraceptionCounselled();
                });
    }

    @Transactional
    public EligibilityView recordPregnancyBenefitRisk(long courseId, String ifMatch, PregnancyBenefitRiskRequest r) {
        var text = Texts.of(EligibilityText.class);
        return record(EligibilityCommands.PREGNANCY_BENEFIT_RISK, text.decideBenefitRisk(), courseId, ifMatch,
                BEFORE_INFUSION, r, new PregnancyBenefitRisk(), d -> {
                    d.pregnancyStatusId = PregnancyStatus.current(courseId).filter(p -> p.pregnant).orElseThrow(
                            () -> ProblemException.conflict(text.benefitRiskOnlyForPregnancy())).id;
                    d.reason = r.reason().strip();
                    d.contraceptionPlan = r.contraceptionPlan().strip();
                });
    }

    @Transactional
    public EligibilityView recordHypersensitivity(long courseId, String ifMatch, HypersensitivityRequest r) {
        return record(EligibilityCommands.HYPERSENSITIVITY, Texts.of(EligibilityText.class).recordWorkUp(),
                courseId, ifMatch, BEFORE_INFUSION, r, new HypersensitivityHistory(), h -> {
                    h.dmso = r.dmso();
                    h.humanSerumAlbumin = r.humanSerumAlbumin();
                    h.electrolyteSolution = r.electrolyteSolution();
                    h.otherComponent = r.otherComponent() == null || r.otherComponent().isBlank() ? null
                            : r.otherComponent();
                });
    }

    @Transactional
    public EligibilityView recordConsent(long courseId, String ifMatch, ConsentRequest r) {
        return record(EligibilityCommands.CONSENT, courseId, ifMatch, r, new TreatmentConsent(), c -> {
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

    private <F extends Finding> EligibilityView record(Command command, long courseId, String ifMatch,
            Object request, F finding, java.util.function.Consumer<F> fill) {
        return record(command, Texts.of(EligibilityText.class).recordWorkUp(), courseId, ifMatch, OPEN, request,
                finding, fill);
    }

    /** A work-up finding, audited as {@code eligibility.<command slug>.recorded} with the request as entered. */
    private <F extends Finding> EligibilityView record(Command command, String action, long courseId, String ifMatch,
            EnumSet<CourseState> open, Object request, F finding, java.util.function.Consumer<F> fill) {
        return runner.run(command, action, courseId, ifMatch, step -> {
            requireOpen(step.course(), open);
            fill.accept(finding);
            finding.courseId = courseId;
            finding.recordedBy = step.user();
            finding.recordedAt = step.now();
            finding.persist();
            return new CommandRunner.Outcome("eligibility." + command.slug() + ".recorded", null,
                    Map.of(command.slug(), request));
        }, this::view);
    }

    private static void requireOpen(Course course, EnumSet<CourseState> open) {
        if (!open.contains(course.state)) {
            throw ProblemException.conflict(Texts.of(EligibilityText.class).workUpClosed(course.state, open.toString()));
        }
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
