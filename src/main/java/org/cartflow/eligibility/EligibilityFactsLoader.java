package org.cartflow.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.GuardContext;
import org.cartflow.rules.LabelProfile;
import org.cartflow.rules.LabelProfiles;

/**
 * The only code on the eligibility rules' path that reads the database: the work-up in one statement (and the
 * patient's other courses), once per step (through {@link GuardContext#facts}), shared by every eligibility guard of
 * the step and by the work-up's view.
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

    /**
     * The latest of each finding and every therapy line of the course in one statement: one row per line (at least
     * one row, the course's), each carrying the same latest findings.
     */
    private static final String WORK_UP = """
            select s, d, e, p, b, h, t, l from Course c
            left join SiteQualification s on s.courseId = c.id
                and s.id = (select max(x.id) from SiteQualification x where x.courseId = c.id)
            left join MyelomaDiagnosis d on d.courseId = c.id
                and d.id = (select max(x.id) from MyelomaDiagnosis x where x.courseId = c.id)
            left join EcogAssessment e on e.courseId = c.id
                and e.id = (select max(x.id) from EcogAssessment x where x.courseId = c.id)
            left join PregnancyStatus p on p.courseId = c.id
                and p.id = (select max(x.id) from PregnancyStatus x where x.courseId = c.id)
            left join PregnancyBenefitRisk b on p.pregnant = true and b.pregnancyStatusId = p.id
                and b.id = (select max(x.id) from PregnancyBenefitRisk x where x.pregnancyStatusId = p.id)
            left join HypersensitivityHistory h on h.courseId = c.id
                and h.id = (select max(x.id) from HypersensitivityHistory x where x.courseId = c.id)
            left join TreatmentConsent t on t.courseId = c.id
                and t.id = (select max(x.id) from TreatmentConsent x where x.courseId = c.id)
            left join TherapyLine l on l.courseId = c.id
            where c.id = ?1
            order by l.lineNumber, l.id""";

    private EligibilityFacts loadWorkUp(GuardContext ctx) {
        long id = ctx.courseId();
        LabelProfile profile = profiles.get(ctx.course().labelProfile);
        List<Object[]> rows = Course.getEntityManager().createQuery(WORK_UP, Object[].class).setParameter(1, id)
                .getResultList();
        Object[] latest = rows.get(0);
        List<TherapyLine> lines = rows.stream().map(r -> (TherapyLine) r[7]).filter(Objects::nonNull).distinct()
                .toList();
        PregnancyStatus status = (PregnancyStatus) latest[3];
        // the thaw's and LD's pregnancy and hypersensitivity guards then read these from the same load
        PregnancyFacts pregnancy = ctx.facts(PregnancyFacts.class,
                c -> new PregnancyFacts(status, (PregnancyBenefitRisk) latest[4], c.today()));
        HypersensitivityFacts hypersensitivity = ctx.facts(HypersensitivityFacts.class,
                c -> new HypersensitivityFacts((HypersensitivityHistory) latest[5]));
        return new EligibilityFacts(id, ctx.today(), profile.rule("prior-lines"), profile.value("priorLinesMinimum"),
                (SiteQualification) latest[0], (MyelomaDiagnosis) latest[1], lines, (EcogAssessment) latest[2],
                pregnancy, hypersensitivity, (TreatmentConsent) latest[6], ctx.course().otherCoursesInfused());
    }
}
