package org.cartflow.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cartflow.kernel.GuardContext;
import org.cartflow.rules.LabelProfile;
import org.cartflow.rules.LabelProfiles;

/**
 * The only code on the eligibility rules' path that reads the database: one query per finding table, once per step
 * (through {@link GuardContext#facts}), shared by every eligibility guard of the step and by the work-up's view.
 */
@ApplicationScoped
public class EligibilityFactsLoader {

    @Inject
    LabelProfiles profiles;

    public EligibilityFacts workUp(GuardContext ctx) {
        return ctx.facts(EligibilityFacts.class, this::loadWorkUp);
    }

    public PregnancyFacts pregnancy(GuardContext ctx) {
        return ctx.facts(PregnancyFacts.class, c -> {
            PregnancyStatus status = PregnancyStatus.current(c.courseId()).orElse(null);
            PregnancyBenefitRisk decision = status == null || !status.pregnant ? null
                    : PregnancyBenefitRisk.forStatus(status.id).orElse(null);
            return new PregnancyFacts(status, decision, c.today());
        });
    }

    public HypersensitivityFacts hypersensitivity(GuardContext ctx) {
        return ctx.facts(HypersensitivityFacts.class,
                c -> new HypersensitivityFacts(HypersensitivityHistory.current(c.courseId()).orElse(null)));
    }

    private EligibilityFacts loadWorkUp(GuardContext ctx) {
        long id = ctx.courseId();
        LabelProfile profile = profiles.get(ctx.course().labelProfile);
        return new EligibilityFacts(id, ctx.today(), profile.rule("prior-lines"), profile.value("priorLinesMinimum"),
                SiteQualification.current(id).orElse(null),
                MyelomaDiagnosis.current(id).orElse(null),
                TherapyLine.list("courseId = ?1 order by lineNumber, id", id),
                EcogAssessment.current(id).orElse(null),
                pregnancy(ctx),
                hypersensitivity(ctx),
                TreatmentConsent.current(id).orElse(null),
                ctx.course().otherCoursesInfused());
    }
}
