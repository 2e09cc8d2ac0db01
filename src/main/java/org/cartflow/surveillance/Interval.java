package org.cartflow.surveillance;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * A binomial proportion with its two-sided 95 % confidence interval and the method that computed it, so a figure is
 * read beside a KarMMa figure computed the same way: the brochure uses Wald for the pooled 150-450 x 10^6 ORR and
 * CRR and Clopper-Pearson (exact) for the dose levels and MRD (brochure notes *2, lines 137-138, 354, 651).
 * Proportion and bounds are null when there is no patient yet.
 */
public record Interval(String method, int count, int n, Double proportion, Double lower, Double upper) {

    public static final String WALD = "Wald";
    public static final String CLOPPER_PEARSON = "Clopper-Pearson";

    static final double Z = 1.959963984540054;

    /** Exact interval: Beta quantiles 0.025 of Beta(x, n-x+1) and 0.975 of Beta(x+1, n-x). */
    public static Interval clopperPearson(int count, int n) {
        if (n == 0) {
            return new Interval(CLOPPER_PEARSON, 0, 0, null, null, null);
        }
        double lower = count == 0 ? 0.0 : new BetaDistribution(count, n - count + 1).inverseCumulativeProbability(0.025);
        double upper = count == n ? 1.0 : new BetaDistribution(count + 1, n - count).inverseCumulativeProbability(0.975);
        return new Interval(CLOPPER_PEARSON, count, n, (double) count / n, lower, upper);
    }

    /** Normal approximation p +- z sqrt(p(1-p)/n), clipped to [0, 1]. */
    public static Interval wald(int count, int n) {
        if (n == 0) {
            return new Interval(WALD, 0, 0, null, null, null);
        }
        double p = (double) count / n;
        double half = Z * Math.sqrt(p * (1 - p) / n);
        return new Interval(WALD, count, n, p, Math.max(0, p - half), Math.min(1, p + half));
    }
}
