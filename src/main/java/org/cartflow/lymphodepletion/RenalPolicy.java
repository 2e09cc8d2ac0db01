package org.cartflow.lymphodepletion;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The institution's renal dose-reduction table for LD (LD-3), versioned; the version is recorded on every order.
 * Default (KarMMa-based institutional default): fludarabine 100 % at CrCl >= 70, 80 % at 30 <= CrCl < 70, no dose
 * below 30 (LD blocked unless a physician orders an explicit dose with a reason); cyclophosphamide not reduced.
 */
@Singleton
public class RenalPolicy {

    public enum Tier {
        NORMAL(100, "CrCl >= 70 mL/min: fludarabine 100 %"),
        MODERATE(80, "30 <= CrCl < 70 mL/min: fludarabine 80 %"),
        SEVERE(null, "CrCl < 30 mL/min: no fludarabine dose by policy");

        private final Integer fludarabinePercent;
        private final String description;

        Tier(Integer pct, String description) {
            this.fludarabinePercent = pct;
            this.description = description;
        }

        public Integer fludarabinePercent() {
            return fludarabinePercent;
        }

        public String description() {
            return description;
        }
    }

    @ConfigProperty(name = "cartflow.ld.policy-version", defaultValue = "LD-RENAL-2026.1")
    String version;

    @ConfigProperty(name = "cartflow.ld.normal-min-crcl", defaultValue = "70")
    double normalMin;

    @ConfigProperty(name = "cartflow.ld.moderate-min-crcl", defaultValue = "30")
    double moderateMin;

    @ConfigProperty(name = "cartflow.ld.verification-tolerance-percent", defaultValue = "5")
    double tolerancePercent;

    @ConfigProperty(name = "cartflow.ld.measurement-window-days", defaultValue = "7")
    int measurementWindowDays;

    /** A policy with explicit values (unit tests, or a second institutional table). */
    public static RenalPolicy of(String version, double normalMin, double moderateMin) {
        RenalPolicy p = new RenalPolicy();
        p.version = version;
        p.normalMin = normalMin;
        p.moderateMin = moderateMin;
        p.tolerancePercent = 5;
        p.measurementWindowDays = 7;
        return p;
    }

    public String version() {
        return version;
    }

    /** Boundaries inclusive exactly as written: 70 is NORMAL, 30 is MODERATE. */
    public Tier tierFor(double crcl) {
        if (crcl >= normalMin) {
            return Tier.NORMAL;
        }
        if (crcl >= moderateMin) {
            return Tier.MODERATE;
        }
        return Tier.SEVERE;
    }

    public double tolerancePercent() {
        return tolerancePercent;
    }

    public int measurementWindowDays() {
        return measurementWindowDays;
    }
}
