package org.cartflow.surveillance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SURV-1: Wald and Clopper-Pearson bounds, the KM median convention and the summary's counts, by hand. */
class ProgramSummaryTest {

    @Test
    void clopperPearsonMatchesClosedForms() {
        // x=1, n=2: Beta(1,2) and Beta(2,1) have closed-form quantiles: 1 - sqrt(0.975) and sqrt(0.975)
        Interval one = Interval.clopperPearson(1, 2);
        assertEquals(0.5, one.proportion(), 1e-12);
        assertEquals(1 - Math.sqrt(0.975), one.lower(), 1e-6);
        assertEquals(Math.sqrt(0.975), one.upper(), 1e-6);
        // x=0, n=10: upper = 1 - 0.025^(1/10) = 0.30850; x=n=10: lower = 0.025^(1/10) = 0.69150
        assertEquals(0.0, Interval.clopperPearson(0, 10).lower(), 0);
        assertEquals(1 - Math.pow(0.025, 0.1), Interval.clopperPearson(0, 10).upper(), 1e-6);
        assertEquals(0.30850, Interval.clopperPearson(0, 10).upper(), 1e-5);
        assertEquals(Math.pow(0.025, 0.1), Interval.clopperPearson(10, 10).lower(), 1e-6);
        assertEquals(1.0, Interval.clopperPearson(10, 10).upper(), 0);
        assertNull(Interval.clopperPearson(0, 0).proportion());
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
        // ORR 3/4 over all infused patients is Wald: 0.75 +- 1.96 sqrt(0.75 x 0.25 / 4) = 0.75 +- 0.42435,
        // upper clipped to 1
        assertEquals(0.75 - Interval.Z * Math.sqrt(0.75 * 0.25 / 4), s.orr().lower(), 1e-9);
        assertEquals(1.0, s.orr().upper(), 0);
        // the toxicity rates are Clopper-Pearson: CRS 3/4, upper = Beta(4,1) quantile 0.975 = 0.975^(1/4)
        assertEquals(Math.pow(0.975, 0.25), s.crs().upper(), 1e-6);
        assertEquals(0.19412, s.crs().lower(), 1e-4);
    }

    @Test
    void waldReproducesTheBrochuresPooledOrrAndCrrFromItsCounts() {
        // KarMMa foreign patients, 150-450 x 10^6, n = 128 (cut-off 2019-10-16): ORR 94/128, CRR 40/128.
        // Wald: p +- 1.96 sqrt(p(1-p)/n). ORR p = 0.734375, sqrt(0.734375 x 0.265625 / 128) = 0.039036,
        // half-width 0.076510 -> 65.8-81.1 %; CRR p = 0.3125, sqrt(0.3125 x 0.6875 / 128) = 0.040969,
        // half-width 0.080298 -> 23.2-39.3 % (the brochure: 73.4 % (65.8-81.1), 31.3 % (23.2-39.3)).
        Interval orr = Interval.wald(94, 128);
        assertEquals("Wald", orr.method());
        assertEquals(65.8, Math.round(orr.lower() * 1000) / 10.0, 0);
        assertEquals(81.1, Math.round(orr.upper() * 1000) / 10.0, 0);
        Interval crr = Interval.wald(40, 128);
        assertEquals(23.2, Math.round(crr.lower() * 1000) / 10.0, 0);
        assertEquals(39.3, Math.round(crr.upper() * 1000) / 10.0, 0);
        // the dose levels are Clopper-Pearson: 450 x 10^6 ORR 44/54 = 81.5 % (68.6-90.7)
        Interval level450 = Interval.clopperPearson(44, 54);
        assertEquals(68.6, Math.round(level450.lower() * 1000) / 10.0, 0);
        assertEquals(90.7, Math.round(level450.upper() * 1000) / 10.0, 0);
        // MRD-negative CR, 300 x 10^6: 17/70 = 24.3 % (14.8-36.0)
        Interval mrd300 = Interval.clopperPearson(17, 70);
        assertEquals(14.8, Math.round(mrd300.lower() * 1000) / 10.0, 0);
        assertEquals(36.0, Math.round(mrd300.upper() * 1000) / 10.0, 0);
    }

    @Test
    void kaplanMeierMedianOnAStepAtExactlyOneHalfIsTheMidpointToTheNextEvent() {
        // 4 subjects, events on days 10, 20, 30, 40: S = 0.75, 0.5 (day 20, flat until day 30), 0.25, 0.
        // R survfit and SAS LIFETEST report (20 + 30) / 2 = 25, not 20.
        assertEquals(25.0, KaplanMeier.median(List.of(o(10, true), o(20, true), o(30, true), o(40, true))).median());
        // with the last two censored, S stays 0.5 from day 20 to the last follow-up on day 40: (20 + 40) / 2 = 30
        assertEquals(30.0, KaplanMeier.median(List.of(o(10, true), o(20, true), o(35, false), o(40, false)))
                .median());
    }

    @Test
    void theApprovedDoseGroupUsesClopperPearsonAndMrdNegativeCrNeedsBoth() {
        var dose450 = new java.math.BigDecimal("450");
        List<PatientOutcome> ps = List.of(
                new PatientOutcome("CR", 0, null, null, 0, null, null, false, false, true, dose450),
                new PatientOutcome("sCR", 0, null, null, 0, null, null, false, false, false, dose450),
                new PatientOutcome("VGPR", 0, null, null, 0, null, null, false, false, true, dose450),
                new PatientOutcome("PR", 0, null, null, 0, null, null, false, false, false,
                        new java.math.BigDecimal("250")));
        ProgramSummary s = ProgramSummary.of(ps, null);
        assertEquals("Wald", s.orr().method());
        assertEquals(4, s.orr().n());
        assertEquals(3, s.approvedDose().n()); // 250 x 10^6 is below the label's 280
        assertEquals("Clopper-Pearson", s.approvedDose().orr().method());
        assertEquals(3, s.approvedDose().orr().count());
        assertEquals(2, s.approvedDose().completeResponse().count());
        // CR + MRD-negative: only the first (the VGPR is MRD-negative but not a CR)
        assertEquals(1, s.approvedDose().mrdNegativeCompleteResponse().count());
        assertEquals(1, s.mrdNegativeCompleteResponse().count());
        assertEquals("doseLevels.450", s.approvedDose().compareWithReference());
    }

    @Test
    void ageBandIsTheDecade() {
        assertEquals("60-69", SurveillanceService.ageBand(java.time.LocalDate.of(1960, 5, 1),
                java.time.LocalDate.of(2026, 4, 30)));
        assertEquals("50-59", SurveillanceService.ageBand(java.time.LocalDate.of(1966, 5, 1),
                java.time.LocalDate.of(2026, 4, 30)));
    }

    @Test
    void agesFromNinetyAreOneGroup() {
        assertEquals("80-89", SurveillanceService.ageBand(java.time.LocalDate.of(1936, 5, 1),
                java.time.LocalDate.of(2026, 4, 30)));
        assertEquals("90+", SurveillanceService.ageBand(java.time.LocalDate.of(1936, 4, 30),
                java.time.LocalDate.of(2026, 4, 30)));
        assertEquals("90+", SurveillanceService.ageBand(java.time.LocalDate.of(1920, 1, 1),
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
        assertEquals(5.0, m.median());
        assertEquals(6, m.events());
        assertEquals(1, m.lower()); // the lower band is below 0.5 from day 1
        assertEquals(8, m.upper()); // the upper band first reaches 0.5 when S drops to 0 at day 8
        assertEquals(3.0, KaplanMeier.median(List.of(o(1, true), o(2, true), o(3, true), o(4, true), o(5, true)))
                .median());
        assertNull(KaplanMeier.median(List.of(o(10, false), o(20, false))).median());
        assertNull(KaplanMeier.median(List.of()).median());
    }
}
