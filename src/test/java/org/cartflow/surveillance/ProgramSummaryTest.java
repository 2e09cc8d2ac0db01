package org.cartflow.surveillance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Clopper-Pearson bounds and the summary's counts checked against values computed by hand. */
class ProgramSummaryTest {

    @Test
    void clopperPearsonMatchesClosedForms() {
        // x=1, n=2: Beta(1,2) and Beta(2,1) have closed-form quantiles: 1 - sqrt(0.975) and sqrt(0.975)
        ClopperPearson one = ClopperPearson.of(1, 2);
        assertEquals(0.5, one.proportion(), 1e-12);
        assertEquals(1 - Math.sqrt(0.975), one.lower(), 1e-6);
        assertEquals(Math.sqrt(0.975), one.upper(), 1e-6);
        // x=0, n=10: upper = 1 - 0.025^(1/10) = 0.30850; x=n=10: lower = 0.025^(1/10) = 0.69150
        assertEquals(0.0, ClopperPearson.of(0, 10).lower(), 0);
        assertEquals(1 - Math.pow(0.025, 0.1), ClopperPearson.of(0, 10).upper(), 1e-6);
        assertEquals(0.30850, ClopperPearson.of(0, 10).upper(), 1e-5);
        assertEquals(Math.pow(0.025, 0.1), ClopperPearson.of(10, 10).lower(), 1e-6);
        assertEquals(1.0, ClopperPearson.of(10, 10).upper(), 0);
        assertNull(ClopperPearson.of(0, 0).proportion());
    }

    @Test
    void summaryCountsRatesGradesAndMedians() {
        List<PatientOutcome> ps = List.of(
                new PatientOutcome("sCR", 1, 1, 3, 0, null, null, false, false),
                new PatientOutcome("VGPR", 2, 2, 5, 1, 3, 2, true, false),
                new PatientOutcome("PD", 0, null, null, 0, null, null, false, false),
                new PatientOutcome("CR", 3, 5, 10, 3, 4, null, true, true));
        ProgramSummary s = ProgramSummary.of(ps, null);
        assertEquals(4, s.infused());
        assertEquals(3, s.orr().count());
        assertEquals(0.75, s.orr().proportion(), 1e-12);
        assertEquals(2, s.completeResponse().count());
        assertEquals(3, s.crs().count());
        assertEquals(Map.of(1, 1, 2, 1, 3, 1, 4, 0), s.crsByMaxGrade());
        assertEquals(2.0, s.crsMedianOnsetDay(), 0);
        assertEquals(5.0, s.crsMedianDurationDays(), 0); // 3, 5, 10
        assertEquals(2.0, s.neurotoxicityMedianDurationDays(), 0); // the unresolved one is left out
        assertEquals(2, s.neurotoxicity().count());
        assertEquals(3.5, s.neurotoxicityMedianOnsetDay(), 0);
        assertEquals(2, s.tocilizumab().count());
        assertEquals(1, s.corticosteroids().count());
        // ORR 3/4: lower = Beta(3,2) quantile 0.025, upper = Beta(4,1) quantile 0.975 = 0.975^(1/4)
        assertEquals(Math.pow(0.975, 0.25), s.orr().upper(), 1e-6);
        assertEquals(0.19412, s.orr().lower(), 1e-4);
    }

    @Test
    void ageBandIsTheDecade() {
        assertEquals("60-69", SurveillanceService.ageBand(java.time.LocalDate.of(1960, 5, 1),
                java.time.LocalDate.of(2026, 4, 30)));
        assertEquals("50-59", SurveillanceService.ageBand(java.time.LocalDate.of(1966, 5, 1),
                java.time.LocalDate.of(2026, 4, 30)));
    }

    private static KaplanMeier.Observation o(int days, boolean event) {
        return new KaplanMeier.Observation(days, event);
    }

    @Test
    void kaplanMeierMedianAndItsConfidenceInterval() {
        // S: 7/8 = 0.875 (day 1), x5/6 = 0.72917 (day 3), x4/5 = 0.58333 (day 4), x3/4 = 0.4375 (day 5) -> median 5
        var obs = List.of(o(1, true), o(2, false), o(3, true), o(4, true), o(5, true), o(6, false), o(7, true),
                o(8, true));
        var steps = KaplanMeier.curve(obs);
        assertEquals(0.875, steps.get(0).survival(), 1e-12);
        assertEquals(0.4375, steps.get(3).survival(), 1e-12);
        // Greenwood on the log-log scale at day 1: se = sqrt(1/56)/|ln 0.875|; bounds 0.875^exp(+-1.96 se)
        double se = Math.sqrt(1.0 / 56) / Math.abs(Math.log(0.875));
        assertEquals(Math.pow(0.875, Math.exp(KaplanMeier.Z * se)), steps.get(0).lower(), 1e-12);
        assertEquals(0.38700, steps.get(0).lower(), 1e-5);
        assertEquals(0.59280, steps.get(4).upper(), 1e-5);
        var m = KaplanMeier.median(obs);
        assertEquals(5, m.median());
        assertEquals(6, m.events());
        assertEquals(1, m.lower()); // the lower band is below 0.5 from day 1
        assertEquals(8, m.upper()); // the upper band first reaches 0.5 when S drops to 0 at day 8
        assertEquals(3, KaplanMeier.median(List.of(o(1, true), o(2, true), o(3, true), o(4, true), o(5, true)))
                .median());
        assertNull(KaplanMeier.median(List.of(o(10, false), o(20, false))).median());
        assertNull(KaplanMeier.median(List.of()).median());
    }
}
