package org.cartflow.lymphodepletion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.kernel.Sex;

/**
 * The LD dose arithmetic, step by step (LD-1, LD-3): BSA, creatinine clearance, renal tier, daily doses. Pure:
 * inputs in, a {@link Calculation} with every intermediate value and formula out.
 */
public final class LdCalculator {

    public static final double FLU_MG_PER_M2 = 30;
    public static final double CY_MG_PER_M2 = 300;
    public static final double UMOL_PER_MG_DL = Double.parseDouble(org.cartflow.common.LabUnits.CREATININE_UMOL_PER_MG_DL);

    public enum BsaMethod { MOSTELLER, DUBOIS }

    public enum WeightBasis { ACTUAL, IDEAL, ADJUSTED }

    public enum CreatinineUnit { MG_DL, UMOL_L }

    public record Inputs(double heightCm, double weightKg, double creatinine, CreatinineUnit unit, int ageYears, Sex sex,
            BsaMethod bsaMethod, Double bsaCapM2, WeightBasis weightBasis, boolean normaliseTo173) {
    }

    public record Step(String name, String formula, String value) {
    }

    public record Calculation(String policyVersion, double bsaM2, double crclMlMin, RenalPolicy.Tier tier,
            int fludarabinePercent, Double fludarabineDailyMg, double cyclophosphamideDailyMg, double weightUsedKg,
            double creatinineMgDl, List<Step> steps) {
    }

    private LdCalculator() {
    }

    public static Calculation calculate(Inputs in, RenalPolicy policy) {
        List<Step> steps = new ArrayList<>();
        double bsaRaw = in.bsaMethod() == BsaMethod.DUBOIS
                ? 0.007184 * Math.pow(in.weightKg(), 0.425) * Math.pow(in.heightCm(), 0.725)
                : Math.sqrt(in.heightCm() * in.weightKg() / 3600.0);
        double bsa = round(bsaRaw, 2);
        steps.add(new Step("BSA (" + in.bsaMethod() + ", actual body weight)",
                in.bsaMethod() == BsaMethod.DUBOIS
                        ? "0.007184 x " + in.weightKg() + "^0.425 x " + in.heightCm() + "^0.725"
                        : "sqrt(" + in.heightCm() + " cm x " + in.weightKg() + " kg / 3600)",
                bsa + " m2"));
        double realBsa = bsa;
        if (in.bsaCapM2() != null && bsa > in.bsaCapM2()) {
            steps.add(new Step("BSA cap (institutional)", "min(" + bsa + ", " + in.bsaCapM2() + ")", in.bsaCapM2() + " m2"));
            bsa = in.bsaCapM2();
        }

        double crMgDl = in.unit() == CreatinineUnit.UMOL_L ? in.creatinine() / UMOL_PER_MG_DL : in.creatinine();
        if (in.unit() == CreatinineUnit.UMOL_L) {
            steps.add(new Step("Creatinine in mg/dL", in.creatinine() + " umol/L / 88.4", round(crMgDl, 3) + " mg/dL"));
        }
        double weight = weightFor(in, steps);
        double crcl = (140 - in.ageYears()) * weight / (72 * crMgDl) * (in.sex() == Sex.FEMALE ? 0.85 : 1.0);
        steps.add(new Step("CrCl (Cockcroft-Gault)", "(140 - " + in.ageYears() + ") x " + round(weight, 1) + " kg / (72 x "
                + round(crMgDl, 3) + ")" + (in.sex() == Sex.FEMALE ? " x 0.85" : ""), round(crcl, 1) + " mL/min"));
        if (in.normaliseTo173()) {
            // the patient's kidneys are normalised by the patient's own BSA; a dosing cap does not shrink them
            crcl = crcl * 1.73 / realBsa;
            steps.add(new Step("CrCl normalised (the patient's real BSA, not a dosing cap)", "x 1.73 / " + realBsa,
                    round(crcl, 1) + " mL/min/1.73m2"));
        }
        double crclRounded = round(crcl, 1);

        // the tier is decided on the unrounded clearance (69.96 is below 70 though shown as 70.0); the 9-decimal
        // rounding only removes binary floating-point noise (75 x 67.2 / 72 is 70, not 69.999999999)
        RenalPolicy.Tier tier = policy.tierFor(round(crcl, 9));
        steps.add(new Step("Renal tier (" + policy.version() + ", on the unrounded CrCl " + round(crcl, 3) + ")",
                tier.description(), tier.name()));
        Double flu = null;
        if (tier.fludarabinePercent() != null) {
            flu = round(FLU_MG_PER_M2 * bsa * tier.fludarabinePercent() / 100.0, 1);
            steps.add(new Step("Fludarabine daily dose", "30 mg/m2 x " + bsa + " m2 x " + tier.fludarabinePercent() + " %",
                    flu + " mg (days -5, -4, -3)"));
        } else {
            steps.add(new Step("Fludarabine daily dose", "no dose by policy at this CrCl",
                    "a physician must order an explicit dose with a reason"));
        }
        double cy = round(CY_MG_PER_M2 * bsa, 0);
        steps.add(new Step("Cyclophosphamide daily dose", "300 mg/m2 x " + bsa + " m2", cy + " mg (days -5, -4, -3)"));
        return new Calculation(policy.version(), bsa, crclRounded, tier,
                tier.fludarabinePercent() == null ? 0 : tier.fludarabinePercent(), flu, cy, weight, crMgDl, steps);
    }

    private static double weightFor(Inputs in, List<Step> steps) {
        if (in.weightBasis() == WeightBasis.ACTUAL) {
            return in.weightKg();
        }
        double inchesOver60 = Math.max(0, in.heightCm() / 2.54 - 60);
        double ibw = (in.sex() == Sex.FEMALE ? 45.5 : 50.0) + 2.3 * inchesOver60;
        steps.add(new Step("Ideal body weight (Devine)", (in.sex() == Sex.FEMALE ? "45.5" : "50") + " + 2.3 x "
                + round(inchesOver60, 2) + " in over 60", round(ibw, 1) + " kg"));
        if (in.weightKg() < ibw) {
            // below ideal weight, ideal or adjusted weight would overstate the kidneys: the actual weight is used
            steps.add(new Step("Weight for CrCl (" + in.weightBasis() + " requested; actual is below ideal)",
                    "min(" + in.weightKg() + ", " + round(ibw, 1) + ")", in.weightKg() + " kg"));
            return in.weightKg();
        }
        if (in.weightBasis() == WeightBasis.IDEAL) {
            return ibw;
        }
        double adjusted = ibw + 0.4 * (in.weightKg() - ibw);
        steps.add(new Step("Adjusted body weight", round(ibw, 1) + " + 0.4 x (" + in.weightKg() + " - " + round(ibw, 1)
                + ")", round(adjusted, 1) + " kg"));
        return adjusted;
    }

    /** Half-up rounding to the given decimals, on the decimal value (not the binary double). */
    public static double round(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
