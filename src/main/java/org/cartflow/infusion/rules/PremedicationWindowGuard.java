package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.HospitalTime;
import org.cartflow.infusion.BedsideLimits;
import org.cartflow.infusion.Premedication;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/** INF-2 at infusion start: the first bag starts 30-60 minutes after premedication (or within the site's grace with
 * a recorded reason), and no systemic corticosteroid was given outside a life-threatening emergency. */
@Singleton
@Enforces("INF-2")
public class PremedicationWindowGuard implements CommandGuard<PremedicationWindowGuard.Facts> {

    /** {@code premedication}: the latest recorded, or null. */
    public record Facts(Premedication premedication, boolean firstBag, Duration grace, boolean graceReasonGiven,
            BedsideLimits limits, Instant now, ZoneId zone) {

        public boolean inGrace() {
            return firstBag && premedication != null && premedication.graceContains(now, grace, limits);
        }
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(InfusionText.class);
        Premedication p = f.premedication();
        List<Finding> out = new ArrayList<>();
        if (f.firstBag() && (p == null || !p.acceptsFirstStart(f.now(), f.grace(), f.graceReasonGiven(), f.limits()))) {
            out.add(new Finding("INF-2", p == null ? text.noPremedication()
                    : f.inGrace() ? text.premedicationGraceNeedsReason(HospitalTime.of(p.givenAt, f.zone()),
                            HospitalTime.of(f.now(), f.zone()), f.grace().toMinutes())
                    : text.outsidePremedicationWindow(HospitalTime.of(p.givenAt, f.zone()),
                            HospitalTime.of(p.earliestStart(f.limits()), f.zone()),
                            HospitalTime.of(p.latestStart(f.limits()), f.zone()),
                            HospitalTime.of(f.now(), f.zone()))));
        }
        if (p != null && p.steroidBlocks()) {
            out.add(new Finding("INF-2", text.corticosteroidNotForEmergency(p.corticosteroid)));
        }
        return out;
    }
}
