package org.cartflow.monitoring.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.monitoring.DischargeRecord;
import org.cartflow.monitoring.MonitoringText;

/** Discharge needs a caregiver, lodging within 30 minutes of the site, and the after-care acknowledgements. */
@Singleton
@Enforces({ "MON-2", "POST-1", "POST-2", "POST-3", "POST-4" })
public class DischargeArrangementsGuard implements Guard {

    static final int MAX_MINUTES_TO_SITE = 30;

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(MonitoringText.class);
        DischargeRecord d = DischargeRecord.current(ctx.courseId()).orElse(null);
        if (d == null) {
            return List.of(new Finding("MON-2", text.recordDischargeArrangements(MAX_MINUTES_TO_SITE)));
        }
        List<Finding> out = new ArrayList<>();
        if (d.lodgingMinutesToSite > MAX_MINUTES_TO_SITE) {
            out.add(new Finding("MON-2", text.lodgingTooFar(d.lodgingMinutesToSite, MAX_MINUTES_TO_SITE)));
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
