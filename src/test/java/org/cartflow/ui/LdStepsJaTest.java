package org.cartflow.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cartflow.kernel.Sex;
import org.cartflow.lymphodepletion.LdCalculator.BsaMethod;
import org.cartflow.lymphodepletion.LdCalculator.CreatinineUnit;
import org.cartflow.lymphodepletion.LdCalculator.WeightBasis;
import org.cartflow.lymphodepletion.LdCalculator;
import org.cartflow.lymphodepletion.RenalPolicy;
import org.junit.jupiter.api.Test;

/** Every step the LD calculator can write is shown in Japanese on the pharmacist's page, numbers unchanged. */
class LdStepsJaTest {

    /** English words left after translation; formulas keep "x", "sqrt", "min", units and method names. */
    private static final Pattern ENGLISH_WORD = Pattern.compile(
            "\\b(?!sqrt\\b|min\\b|MOSTELLER\\b|DUBOIS\\b|Cockcroft\\b|Gault\\b|Devine\\b|umol\\b|kg\\b|cm\\b|mg\\b|"
                    + "mL\\b|dL\\b|in\\b|NORMAL\\b|MODERATE\\b|SEVERE\\b|TEST\\b|CrCl\\b)[A-Za-z]{2,}\\b");

    @Test
    void everyStepOfEveryBranchReadsInJapanese() {
        List<LdCalculator.Step> steps = new ArrayList<>();
        for (double creatinine : new double[] { 0.8, 1.6, 4.0 }) {
            for (WeightBasis basis : WeightBasis.values()) {
                for (double weight : new double[] { 110, 50 }) { // above and below ideal body weight
                    steps.addAll(LdCalculator.calculate(new LdCalculator.Inputs(185, weight, creatinine * 88.4,
                            CreatinineUnit.UMOL_L, 66, Sex.FEMALE, BsaMethod.MOSTELLER, 2.0, basis, true),
                            RenalPolicy.of("TEST-1", 70, 30)).steps());
                }
            }
        }
        for (LdCalculator.Step s : steps) {
            for (String text : List.of(s.name(), s.formula(), s.value())) {
                String ja = LdStepsJa.ja(text);
                assertFalse(ENGLISH_WORD.matcher(ja).find(), text + " -> " + ja);
            }
        }
        assertEquals("体表面積（MOSTELLER 式、実体重）", LdStepsJa.ja("BSA (MOSTELLER, actual body weight)"));
        assertEquals("54.6 mg（-5、-4、-3 日目）", LdStepsJa.ja("54.6 mg (days -5, -4, -3)"));
        assertEquals("sqrt(170.0 cm x 70.0 kg / 3600)", LdStepsJa.ja("sqrt(170.0 cm x 70.0 kg / 3600)"));
    }
}
