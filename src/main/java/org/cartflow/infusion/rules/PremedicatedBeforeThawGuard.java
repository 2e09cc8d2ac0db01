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

/** INF-1: a bag is thawed only once the patient is ready: premedication given (the first bag within its window, up to
 * the site's grace after it); INF-2: no systemic corticosteroid outside a life-threatening emergency. */
@Singleton
@Enforces({ "INF-1", "INF-2" })
public class PremedicatedBeforeThawGuard implements CommandGuard<PremedicatedBeforeThawGuard.Facts> {

    /** {@code premedication}: the latest recorded, or null. */
    public record Facts(Premedication premedication, boolean firstBag, Duration grace, BedsideLimits limits,
            Instant now, ZoneId zone) {
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(InfusionText.class);
        Premedication p = f.premedication();
        if (p == null) {
            return List.of(new Finding("INF-1", text.thawWithoutPremedication()));
        }
        List<Finding> out = new ArrayList<>();
        if (f.firstBag() && f.now().isAfter(p.latestStart(f.limits()).plus(f.grace()))) {
            out.add(new Finding("INF-1", text.premedicationWindowPassed(HospitalTime.of(p.givenAt, f.zone()),
                    HospitalTime.of(p.latestStart(f.limits()), f.zone()))));
        }
        if (p.steroidBlocks()) {
            out.add(new Finding("INF-2", text.corticosteroidNotForEmergency(p.corticosteroid)));
        }
        return out;
    }
}
