package org.cartflow.surveillance;

import org.apache.commons.math3.distribution.BetaDistribution;

/** Exact (Clopper-Pearson) two-sided 95 % confidence interval of a binomial proportion. */
/** Proportion and bounds are null when there is no patient yet. */
public record ClopperPearson(int count, int n, Double proportion, Double lower, Double upper) {

    public static ClopperPearson of(int count, int n) {
        if (n == 0) {
            return new ClopperPearson(0, 0, null, null, null);
        }
        double lower = count == 0 ? 0.0 : new BetaDistribution(count, n - count + 1).inverseCumulativeProbability(0.025);
        double upper = count == n ? 1.0 : new BetaDistribution(count + 1, n - count).inverseCumulativeProbability(0.975);
        return new ClopperPearson(count, n, (double) count / n, lower, upper);
    }
}
