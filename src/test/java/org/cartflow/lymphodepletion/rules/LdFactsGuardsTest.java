package org.cartflow.lymphodepletion.rules;

import static org.cartflow.kernel.GuardAssert.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.lymphodepletion.LdAdministration;
import org.cartflow.lymphodepletion.LdAdministration.Drug;
import org.cartflow.lymphodepletion.LdAssessment;
import org.cartflow.lymphodepletion.LdOrder;
import org.junit.jupiter.api.Test;

/** LD-1, LD-2, LD-3, DELAY-1/2 and STO-2 before LD as transition guards over their facts, at each threshold. */
class LdFactsGuardsTest {

    private static final LocalDate DAY1 = LocalDate.of(2026, 5, 11);

    private static LdOrder order(String calculatedFlu, String prescribedFlu, String reason) {
        LdOrder o = new LdOrder();
        o.renalTier = "CRCL_50_69";
        o.calculatedFluMg = calculatedFlu == null ? null : new BigDecimal(calculatedFlu);
        o.prescribedFluMg = new BigDecimal(prescribedFlu);
        o.prescriptionReason = reason;
        return o;
    }

    @Test
    void ld3FludarabineAtTheRenalReductionWithinFivePercentOrWithAReason() {
        var g = new VerifiedLdOrderGuard();
        assertEquals(List.of(), ids(g, new VerifiedLdOrderGuard.Facts(order("40", "42", null))), "exactly +5 %");
        assertEquals(List.of("LD-3"), ids(g, new VerifiedLdOrderGuard.Facts(order("40", "42.01", null))));
        assertEquals(List.of("LD-3"), ids(g, new VerifiedLdOrderGuard.Facts(order("40", "42.01", " "))), "a blank reason");
        assertEquals(List.of(), ids(g, new VerifiedLdOrderGuard.Facts(order("40", "48", "protocol dose, nephrology agreed"))));
        assertEquals(List.of("LD-3"), ids(g, new VerifiedLdOrderGuard.Facts(order(null, "30", null))),
                "no calculated dose to compare with");
        assertEquals(List.of("LD-1"), ids(g, new VerifiedLdOrderGuard.Facts(null)), "no verified order");
    }

    private static LdAssessment assessment(LocalDate measuredOn) {
        LdAssessment a = new LdAssessment();
        a.heightMeasuredOn = DAY1.minusDays(1);
        a.weightMeasuredOn = DAY1.minusDays(1);
        a.creatinineMeasuredOn = measuredOn;
        return a;
    }

    @Test
    void ld2TheOldestMeasurementWithinTheWindowBeforeDay1() {
        var g = new PreLdAssessmentCurrentGuard();
        assertEquals(List.of(), ids(g, new PreLdAssessmentCurrentGuard.Facts(assessment(DAY1.minusDays(7)), DAY1, 7)));
        assertEquals(List.of("LD-2"), ids(g, new PreLdAssessmentCurrentGuard.Facts(assessment(DAY1.minusDays(8)), DAY1, 7)));
        assertEquals(List.of(), ids(g, new PreLdAssessmentCurrentGuard.Facts(assessment(DAY1.minusDays(8)), DAY1, 8)),
                "the window comes from the facts");
        assertEquals(List.of("LD-2"), ids(g, new PreLdAssessmentCurrentGuard.Facts(null, DAY1, 7)));
    }

    @Test
    void delayFindingsPostponeLd() {
        var g = new NoDelayFindingsGuard();
        assertEquals(List.of(), ids(g, new NoDelayFindingsGuard.Facts(assessment(DAY1))));
        LdAssessment infection = assessment(DAY1);
        infection.activeInfection = true;
        assertEquals(List.of("DELAY-2"), ids(g, new NoDelayFindingsGuard.Facts(infection)));
        LdAssessment cardiac = assessment(DAY1);
        cardiac.saeCardiac = true;
        assertEquals(List.of("DELAY-1"), ids(g, new NoDelayFindingsGuard.Facts(cardiac)));
        assertEquals(List.of(), ids(g, new NoDelayFindingsGuard.Facts(null)), "no assessment: LD-2 refuses instead");
    }

    @Test
    void sto2TheProductOutlastsThePlannedInfusionDay() {
        var g = new ProductOutlastsPlannedInfusionGuard();
        LocalDate day0 = DAY1.plusDays(5);
        assertEquals(List.of(), ids(g, new ProductOutlastsPlannedInfusionGuard.Facts(day0, day0)));
        assertEquals(List.of("STO-2"), ids(g, new ProductOutlastsPlannedInfusionGuard.Facts(day0.minusDays(1), day0)));
        assertEquals(List.of(), ids(g, new ProductOutlastsPlannedInfusionGuard.Facts(null, day0)), "not received");
    }

    private static LdAdministration dose(Drug drug, int day) {
        LdAdministration a = new LdAdministration();
        a.drug = drug;
        a.ldDay = day;
        return a;
    }

    @Test
    void ld1BothDrugsOnAllThreeDays() {
        var g = new LdCompleteGuard();
        List<LdAdministration> all = new ArrayList<>();
        for (Drug d : Drug.values()) {
            for (int day = 1; day <= 3; day++) {
                all.add(dose(d, day));
            }
        }
        assertEquals(List.of(), ids(g, new LdCompleteGuard.Facts(true, all)));
        for (int i = 0; i < all.size(); i++) {
            List<LdAdministration> missingOne = new ArrayList<>(all);
            missingOne.remove(i);
            assertEquals(List.of("LD-1"), ids(g, new LdCompleteGuard.Facts(true, missingOne)), all.get(i).drug + " day "
                    + all.get(i).ldDay);
        }
        assertEquals(List.of("LD-1"), ids(g, new LdCompleteGuard.Facts(false, List.of())));
    }
}
