package org.cartflow.surveillance;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/** SURV-1: the program's efficacy and safety figures, to be read beside the KarMMa reference. */
public record ProgramSummary(int infused, ClopperPearson orr, ClopperPearson completeResponse, ClopperPearson crs,
        Map<Integer, Integer> crsByMaxGrade, Double crsMedianOnsetDay, Double crsMedianDurationDays,
        ClopperPearson neurotoxicity, Map<Integer, Integer> neurotoxicityByMaxGrade,
        Double neurotoxicityMedianOnsetDay, Double neurotoxicityMedianDurationDays,
        ClopperPearson tocilizumab, ClopperPearson corticosteroids, KaplanMeier.Median progressionFreeSurvival,
        KaplanMeier.Median overallSurvival, KaplanMeier.Median durationOfResponse, Object karmmaReference) {

    public static ProgramSummary of(List<PatientOutcome> patients, Object reference) {
        return of(patients, List.of(), List.of(), List.of(), reference);
    }

    /** The survival lists hold days from infusion (PFS, OS) or from first response (DOR) with the event flag. */
    public static ProgramSummary of(List<PatientOutcome> patients, List<KaplanMeier.Observation> pfs,
            List<KaplanMeier.Observation> os, List<KaplanMeier.Observation> dor, Object reference) {
        int n = patients.size();
        return new ProgramSummary(n, rate(patients, PatientOutcome::responded),
                rate(patients, PatientOutcome::complete), rate(patients, p -> p.maxCrsGrade() > 0),
                byGrade(patients, PatientOutcome::maxCrsGrade),
                median(patients.stream().map(PatientOutcome::crsOnsetDay).filter(Objects::nonNull).toList()),
                median(patients.stream().map(PatientOutcome::crsDurationDays).filter(Objects::nonNull).toList()),
                rate(patients, p -> p.maxIcansGrade() > 0), byGrade(patients, PatientOutcome::maxIcansGrade),
                median(patients.stream().map(PatientOutcome::icansOnsetDay).filter(Objects::nonNull).toList()),
                median(patients.stream().map(PatientOutcome::icansDurationDays).filter(Objects::nonNull).toList()),
                rate(patients, PatientOutcome::tocilizumab), rate(patients, PatientOutcome::corticosteroid),
                KaplanMeier.median(pfs), KaplanMeier.median(os), KaplanMeier.median(dor), reference);
    }

    private static ClopperPearson rate(List<PatientOutcome> ps, Predicate<PatientOutcome> p) {
        return ClopperPearson.of((int) ps.stream().filter(p).count(), ps.size());
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
