package org.cartflow.surveillance;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Kaplan-Meier survival estimate in days, with Greenwood variance on the log-log scale. The median is the first time
 * the estimate is at or below 0.5, except where it is exactly 0.5 over an interval: then the interval's midpoint (the
 * convention of R's survival package and SAS PROC LIFETEST). The median's 95 % CI is
 * where the pointwise confidence band crosses 0.5 (Brookmeyer-Crowley style). Null bounds mean "not reached".
 */
public final class KaplanMeier {

    static final double Z = 1.959963984540054;

    /** One subject: days from infusion to the event or to censoring. */
    public record Observation(int days, boolean event) {
    }

    public record Step(int day, int atRisk, int events, double survival, Double lower, Double upper) {
    }

    public record Median(int subjects, int events, Double median, Integer lower, Integer upper) {
    }

    private KaplanMeier() {
    }

    public static List<Step> curve(List<Observation> obs) {
        TreeMap<Integer, int[]> byDay = new TreeMap<>(); // day -> {events, leaving}
        for (Observation o : obs) {
            int[] c = byDay.computeIfAbsent(o.days(), d -> new int[2]);
            c[0] += o.event() ? 1 : 0;
            c[1]++;
        }
        List<Step> steps = new ArrayList<>();
        int atRisk = obs.size();
        double s = 1.0;
        double greenwood = 0.0;
        for (var e : byDay.entrySet()) {
            int d = e.getValue()[0];
            if (d > 0) {
                s *= 1.0 - (double) d / atRisk;
                greenwood += atRisk == d ? Double.POSITIVE_INFINITY : (double) d / (atRisk * (double) (atRisk - d));
                Double lo = null;
                Double hi = null;
                if (s > 0 && s < 1 && Double.isFinite(greenwood)) {
                    double se = Math.sqrt(greenwood) / Math.abs(Math.log(s));
                    lo = Math.pow(s, Math.exp(Z * se));
                    hi = Math.pow(s, Math.exp(-Z * se));
                } else if (s == 0) {
                    lo = 0.0;
                    hi = 0.0;
                }
                steps.add(new Step(e.getKey(), atRisk, d, s, lo, hi));
            }
            atRisk -= e.getValue()[1];
        }
        return steps;
    }

    public static Median median(List<Observation> obs) {
        List<Step> steps = curve(obs);
        int events = (int) obs.stream().filter(Observation::event).count();
        Double median = null;
        Integer lower = null;
        Integer upper = null;
        int lastTime = obs.stream().mapToInt(Observation::days).max().orElse(0);
        for (int i = 0; i < steps.size(); i++) {
            Step st = steps.get(i);
            if (median == null && Math.abs(st.survival() - 0.5) < 1e-12) {
                // flat at exactly 0.5 until the next event (or the last follow-up): the midpoint, as R and SAS report
                int end = i + 1 < steps.size() ? steps.get(i + 1).day() : lastTime;
                median = (st.day() + end) / 2.0;
            } else if (median == null && st.survival() < 0.5) {
                median = (double) st.day();
            }
            if (lower == null && st.lower() != null && st.lower() <= 0.5) {
                lower = st.day();
            }
            if (upper == null && st.upper() != null && st.upper() <= 0.5) {
                upper = st.day();
            }
        }
        return new Median(obs.size(), events, median, lower, upper);
    }
}
