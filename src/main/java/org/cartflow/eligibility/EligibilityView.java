package org.cartflow.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cartflow.common.Problem;
import org.cartflow.eligibility.EligibilityEnums.AgentClass;
import org.cartflow.eligibility.EligibilityEnums.LineOutcome;

/** The eligibility work-up of a course: current findings and, per guard, whether it passes now. */
public record EligibilityView(long courseId, long courseVersion, SiteQualification siteQualification,
        MyelomaDiagnosis diagnosis, List<Line> therapyLines, EcogAssessment ecog, PregnancyStatus pregnancyStatus,
        PregnancyBenefitRisk pregnancyBenefitRisk,
        HypersensitivityHistory hypersensitivity, TreatmentConsent consent, List<Check> checks) {

    public record Line(long id, int lineNumber, String regimen, Set<AgentClass> agentClasses, LocalDate startedOn,
            LocalDate endedOn, LineOutcome outcome, boolean retracted, String retractionReason, String recordedBy,
            Instant recordedAt) {

        static Line of(TherapyLine l) {
            return new Line(l.id, l.lineNumber, l.regimen, l.classes(), l.startedOn, l.endedOn, l.outcome, l.retracted,
                    l.retractionReason, l.recordedBy, l.recordedAt);
        }
    }

    /** One guard of the eligibility decision and its refusals now (empty when it passes). */
    public record Check(String guard, List<String> ruleIds, boolean passes, List<Problem.Refusal> refusals) {
    }
}
