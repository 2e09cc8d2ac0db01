package org.cartflow.surveillance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * SURV-1: the program's efficacy and safety figures, to be read beside the KarMMa reference. Each rate names its
 * interval method (see {@link #CONVENTIONS}): all infused patients with Wald, as the brochure's pooled 150-450 x 10^6
 * figures; the approved dose group with Clopper-Pearson, as the brochure's dose levels, beside KarMMa's 450 x 10^6.
 */
public record ProgramSummary(int infused, Interval orr, Interval completeResponse,
        Interval mrdNegativeCompleteResponse, DoseGroup approvedDose, Interval crs,
        Map<Integer, Integer> crsByMaxGrade, Double crsMedianOnsetDay, Double crsMedianDurationDays,
        Interval neurotoxicity, Map<Integer, Integer> neurotoxicityByMaxGrade,
        Double neurotoxicityMedianOnsetDay, Double neurotoxicityMedianDurationDays,
        Interval tocilizumab, Interval corticosteroids, KaplanMeier.Median progressionFreeSurvival,
        KaplanMeier.Median overallSurvival, KaplanMeier.Median durationOfResponse, Map<String, String> conventions,
        Object karmmaReference) {

    /** The label's dose range (DOSE-1): 280-540 x 10^6 CAR+ T cells, target 450. */
    static final BigDecimal APPROVED_LOW = new BigDecimal("280");
    static final BigDecimal APPROVED_HIGH = new BigDecimal("540");

    static final Map<String, String> CONVENTIONS = describeConventions();

    /** Patients given a dose in the approved range, with Clopper-Pearson intervals; compare with KarMMa's level. */
    public record DoseGroup(String doseRangeMillions, int n, Interval orr, Interval completeResponse,
            Interval mrdNegativeCompleteResponse, String compareWithReference) {
    }

    public static ProgramSummary of(List<PatientOutcome> patients, Object reference) {
        return of(patients, List.of(), List.of(), List.of(), reference);
    }

    /** The survival lists hold days from infusion (PFS, OS) or from first response (DOR) with the event flag. */
    public static ProgramSummary of(List<PatientOutcome> patients, List<KaplanMeier.Observation> pfs,
            List<KaplanMeier.Observation> os, List<KaplanMeier.Observation> dor, Object reference) {
        int n = patients.size();
        List<PatientOutcome> approved = patients.stream().filter(p -> p.doseE6() != null
                && p.doseE6().compareTo(APPROVED_LOW) >= 0 && p.doseE6().compareTo(APPROVED_HIGH) <= 0).toList();
        DoseGroup approvedDose = new DoseGroup("280-540", approved.size(),
                exact(approved, PatientOutcome::responded), exact(approved, PatientOutcome::complete),
                exact(approved, PatientOutcome::mrdNegativeComplete), "doseLevels.450");
        return new ProgramSummary(n, wald(patients, PatientOutcome::responded),
                wald(patients, PatientOutcome::complete), exact(patients, PatientOutcome::mrdNegativeComplete),
                approvedDose, exact(patients, p -> p.maxCrsGrade() > 0),
                byGrade(patients, PatientOutcome::maxCrsGrade),
                median(patients.stream().map(PatientOutcome::crsOnsetDay).filter(Objects::nonNull).toList()),
                median(patients.stream().map(PatientOutcome::crsDurationDays).filter(Objects::nonNull).toList()),
                exact(patients, p -> p.maxIcansGrade() > 0), byGrade(patients, PatientOutcome::maxIcansGrade),
                median(patients.stream().map(PatientOutcome::icansOnsetDay).filter(Objects::nonNull).toList()),
                median(patients.stream().map(PatientOutcome::icansDurationDays).filter(Objects::nonNull).toList()),
                exact(patients, PatientOutcome::tocilizumab), exact(patients, PatientOutcome::corticosteroid),
                KaplanMeier.median(pfs), KaplanMeier.median(os), KaplanMeier.median(dor), CONVENTIONS, reference);
    }

    private static Map<String, String> describeConventions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("orr, completeResponse", "Wald 95 % CI over all infused patients, as the brochure's pooled "
                + "150-450 x 10^6 figures (reference: orr, completeResponseRate)");
        m.put("approvedDose, mrdNegativeCompleteResponse", "Clopper-Pearson 95 % CI, as the brochure's dose levels "
                + "and MRD (reference: doseLevels, mrdNegativeCompleteResponse)");
        m.put("crs, neurotoxicity, tocilizumab, corticosteroids", "Clopper-Pearson 95 % CI; the brochure gives these "
                + "as counts without an interval");
        m.put("onsetDay", "first onset day - infusion day + 1, as the brochure's notes (the infusion day is day 1)");
        m.put("durationDays", "first assessment without the event minus onset; unresolved events left out, as the "
                + "brochure (継続中の事象は期間の算出から除外)");
        m.put("kaplanMeierMedian", "first time the survival estimate is <= 0.5; where it equals 0.5 exactly over an "
                + "interval, the midpoint of that interval (R survival, SAS LIFETEST); CI by the log-log band");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Interval wald(List<PatientOutcome> ps, Predicate<PatientOutcome> p) {
        return Interval.wald((int) ps.stream().filter(p).count(), ps.size());
    }

    private static Interval exact(List<PatientOutcome> ps, Predicate<PatientOutcome> p) {
        return Interval.clopperPearson((int) ps.stream().filter(p).count(), ps.size());
    }

    private static Map<Integer, Integer> byGrade(List<PatientOutcome> ps, ToIntFunction<PatientOutcome> grade) {
        Map<Integer, Integer> m = new TreeMap<>();
        for (int g = 1; g <= 4; g++) {
            m.put(g, 0);
        }
        ps.stream().mapToInt(grade).filter(g -> g > 0).forEach(g -> m.merge(g, 1, Integer::sum));
        return m;
    }

    static Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> s = values.stream().sorted().toList();
        int k = s.size();
        return k % 2 == 1 ? s.get(k / 2) : (s.get(k / 2 - 1) + s.get(k / 2)) / 2.0;
    }
}
