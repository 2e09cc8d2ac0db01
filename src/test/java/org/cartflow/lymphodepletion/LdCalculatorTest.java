package org.cartflow.lymphodepletion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cartflow.kernel.Sex;
import org.cartflow.lymphodepletion.LdCalculator.BsaMethod;
import org.cartflow.lymphodepletion.LdCalculator.Calculation;
import org.cartflow.lymphodepletion.LdCalculator.CreatinineUnit;
import org.cartflow.lymphodepletion.LdCalculator.WeightBasis;
import org.junit.jupiter.api.Test;

/** The LD-1 / LD-3 arithmetic against hand-computed values. */
class LdCalculatorTest {

    private static final RenalPolicy POLICY = RenalPolicy.of("TEST-1", 70, 30);

    private static Calculation calc(double h, double w, double cr, CreatinineUnit unit, int age, Sex sex, BsaMethod m,
            WeightBasis basis) {
        return LdCalculator.calculate(new LdCalculator.Inputs(h, w, cr, unit, age, sex, m, null, basis, false), POLICY);
    }

    @Test
    void maleNormalRenalFunction() {
        // BSA = sqrt(170 x 70 / 3600) = 1.8181 -> 1.82; CrCl = 75 x 70 / 72 = 72.92 -> 72.9 (>= 70: 100 %)
        Calculation c = calc(170, 70, 1.0, CreatinineUnit.MG_DL, 65, Sex.MALE, BsaMethod.MOSTELLER, WeightBasis.ACTUAL);
        assertEquals(1.82, c.bsaM2());
        assertEquals(72.9, c.crclMlMin());
        assertEquals(RenalPolicy.Tier.NORMAL, c.tier());
        assertEquals(54.6, c.fludarabineDailyMg());
        assertEquals(546.0, c.cyclophosphamideDailyMg());
    }

    @Test
    void femaleIsReducedByTheFactorAndLandsInTheModerateTier() {
        // CrCl = 72.92 x 0.85 = 61.98 -> 62.0 (30..70: 80 %); fludarabine 30 x 1.82 x 0.8 = 43.68 -> 43.7
        Calculation c = calc(170, 70, 1.0, CreatinineUnit.MG_DL, 65, Sex.FEMALE, BsaMethod.MOSTELLER, WeightBasis.ACTUAL);
        assertEquals(62.0, c.crclMlMin());
        assertEquals(RenalPolicy.Tier.MODERATE, c.tier());
        assertEquals(43.7, c.fludarabineDailyMg());
        assertEquals(546.0, c.cyclophosphamideDailyMg());
    }

    @Test
    void micromolesAreConvertedBy88Point4() {
        Calculation c = calc(170, 70, 88.4, CreatinineUnit.UMOL_L, 65, Sex.MALE, BsaMethod.MOSTELLER, WeightBasis.ACTUAL);
        assertEquals(72.9, c.crclMlMin());
        assertEquals(1.0, c.creatinineMgDl(), 1e-9);
    }

    @Test
    void tierBoundariesAreInclusiveAsWritten() {
        // 75 x 67.2 / 72 = 70.0 exactly; 75 x 67.1 / 72 = 69.9
        assertEquals(RenalPolicy.Tier.NORMAL, calc(170, 67.2, 1.0, CreatinineUnit.MG_DL, 65, Sex.MALE,
                BsaMethod.MOSTELLER, WeightBasis.ACTUAL).tier());
        Calculation below = calc(170, 67.1, 1.0, CreatinineUnit.MG_DL, 65, Sex.MALE, BsaMethod.MOSTELLER,
                WeightBasis.ACTUAL);
        assertEquals(69.9, below.crclMlMin());
        assertEquals(RenalPolicy.Tier.MODERATE, below.tier());
        assertEquals(42.7, below.fludarabineDailyMg()); // 30 x 1.78 x 0.8 = 42.72
        // 75 x 72 / (72 x 2.5) = 30.0; creatinine 2.51 -> 29.9
        assertEquals(RenalPolicy.Tier.MODERATE, calc(170, 72, 2.5, CreatinineUnit.MG_DL, 65, Sex.MALE,
                BsaMethod.MOSTELLER, WeightBasis.ACTUAL).tier());
        Calculation severe = calc(170, 72, 2.51, CreatinineUnit.MG_DL, 65, Sex.MALE, BsaMethod.MOSTELLER,
                WeightBasis.ACTUAL);
        assertEquals(RenalPolicy.Tier.SEVERE, severe.tier());
        assertNull(severe.fludarabineDailyMg());
    }

    @Test
    void duboisAndIdealWeightAreSelectable() {
        // DuBois: 0.007184 x 70^0.425 x 170^0.725 = 1.8097 -> 1.81
        assertEquals(1.81, calc(170, 70, 1.0, CreatinineUnit.MG_DL, 65, Sex.MALE, BsaMethod.DUBOIS,
                WeightBasis.ACTUAL).bsaM2());
        // IBW (Devine, male) = 50 + 2.3 x (170 / 2.54 - 60) = 65.94; CrCl = 75 x 65.94 / 72 = 68.7
        Calculation ideal = calc(170, 70, 1.0, CreatinineUnit.MG_DL, 65, Sex.MALE, BsaMethod.MOSTELLER,
                WeightBasis.IDEAL);
        assertEquals(68.7, ideal.crclMlMin());
        assertEquals(65.94, ideal.weightUsedKg(), 0.01);
    }

    @Test
    void ld3BelowIdealWeightTheActualWeightIsUsedWhateverBasisWasChosen() {
        // IBW (Devine, male, 170 cm) = 65.94 kg > 50 kg actual: CrCl = (140 - 65) x 50 / (72 x 1.0) = 52.08 -> 52.1
        // (with IBW it would be 68.7, with adjusted weight 65.94 + 0.4 x (50 - 65.94) = 59.56 -> 62.0)
        for (WeightBasis basis : WeightBasis.values()) {
            Calculation c = calc(170, 50, 1.0, CreatinineUnit.MG_DL, 65, Sex.MALE, BsaMethod.MOSTELLER, basis);
            assertEquals(52.1, c.crclMlMin(), basis.name());
            assertEquals(50.0, c.weightUsedKg(), basis.name());
            assertEquals(RenalPolicy.Tier.MODERATE, c.tier());
        }
        assertTrue(calc(170, 50, 1.0, CreatinineUnit.MG_DL, 65, Sex.MALE, BsaMethod.MOSTELLER, WeightBasis.IDEAL)
                .steps().stream().anyMatch(s -> s.name().contains("actual is below ideal")));
    }

    @Test
    void ld3NormalisationTo173UsesTheRealBsaNotTheDosingCap() {
        // BSA = sqrt(190 x 110 / 3600) = 2.4095 -> 2.41, capped at 2.0 for dosing (fludarabine 30 x 2.0 = 60 mg);
        // CrCl = 75 x 110 / 72 = 114.58; normalised 114.58 x 1.73 / 2.41 = 82.25 -> 82.3 (the cap would give 99.1)
        Calculation c = LdCalculator.calculate(new LdCalculator.Inputs(190, 110, 1.0, CreatinineUnit.MG_DL, 65,
                Sex.MALE, BsaMethod.MOSTELLER, 2.0, WeightBasis.ACTUAL, true), POLICY);
        assertEquals(2.0, c.bsaM2());
        assertEquals(82.3, c.crclMlMin());
        assertEquals(60.0, c.fludarabineDailyMg());
    }

    @Test
    void ld3TheTierIsDecidedOnTheUnroundedClearance() {
        // 75 x 67.16 / 72 = 69.958: shown 70.0, but below 70, so 80 %; BSA sqrt(170 x 67.16 / 3600) = 1.78,
        // fludarabine 30 x 1.78 x 0.8 = 42.72 -> 42.7
        Calculation c = calc(170, 67.16, 1.0, CreatinineUnit.MG_DL, 65, Sex.MALE, BsaMethod.MOSTELLER,
                WeightBasis.ACTUAL);
        assertEquals(70.0, c.crclMlMin());
        assertEquals(RenalPolicy.Tier.MODERATE, c.tier());
        assertEquals(42.7, c.fludarabineDailyMg());
    }

    @Test
    void roundingIsHalfUp() {
        assertEquals(43.7, LdCalculator.round(43.65, 1));
        assertEquals(547.0, LdCalculator.round(546.5, 0));
    }
}
