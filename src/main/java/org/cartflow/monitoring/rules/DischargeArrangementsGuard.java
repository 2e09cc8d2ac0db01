package org.cartflow.monitoring.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.monitoring.DischargeRecord;
import org.cartflow.monitoring.MonitoringFactsLoader;
import org.cartflow.monitoring.MonitoringText;

/**
 * Discharge needs lodging within the profile's minutes of the site (MON-2: 30 in KarMMa) and the after-care
 * acknowledgements (POST-1 to POST-4).
 */
@Singleton
@Enforces({ "MON-2", "POST-1", "POST-2", "POST-3", "POST-4" })
public class DischargeArrangementsGuard extends FactsGuard<DischargeArrangementsGuard.Facts> {

    /** @param discharge the current discharge arrangements, null when none were recorded */
    public record Facts(DischargeRecord discharge, int maxMinutesToSite) {
    }

    @Inject
    MonitoringFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(loader.discharge(ctx).orElse(null), loader.profile(ctx).value("proximityMaxMinutesToSite"));
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(MonitoringText.class);
        DischargeRecord d = f.discharge();
        int maxMinutes = f.maxMinutesToSite();
        if (d == null) {
            return List.of(new Finding("MON-2", text.recordDischargeArrangements(maxMinutes)));
        }
        List<Finding> out = new ArrayList<>();
        if (d.lodgingMinutesToSite > maxMinutes) {
            out.add(new Finding("MON-2", text.lodgingTooFar(d.lodgingMinutesToSite, maxMinutes)));
        }
        if (!d.ackNoDriving) {
            out.add(new Finding("POST-1", text.notAcknowledgedNoDriving()));
        }
        if (!d.ackNoDonation) {
            out.add(new Finding("POST-2", text.notAcknowledgedNoDonation()));
        }
        if (!d.ackLiveVaccines) {
            out.add(new Finding("POST-3", text.notAcknowledgedLiveVaccines()));
        }
        if (!d.ackHivNatFalsePositive) {
            out.add(new Finding("POST-4", text.notAcknowledgedHivNatFalsePositive()));
        }
        return out;
    }
}
