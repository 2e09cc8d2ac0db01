package org.cartflow.monitoring.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;
import org.cartflow.monitoring.DischargeRecord;

/** Discharge needs a caregiver, lodging within 30 minutes of the site, and the after-care acknowledgements. */
@Singleton
@Enforces({ "MON-2", "POST-1", "POST-2", "POST-3", "POST-4" })
public class DischargeArrangementsGuard implements Guard {

    static final int MAX_MINUTES_TO_SITE = 30;

    @Override
    public List<Finding> check(GuardContext ctx) {
        DischargeRecord d = DischargeRecord.current(ctx.courseId()).orElse(null);
        if (d == null) {
            return List.of(new Finding("MON-2", "Record the discharge arrangements: caregiver and lodging within "
                    + MAX_MINUTES_TO_SITE + " minutes of the site until day 30."));
        }
        List<Finding> out = new ArrayList<>();
        if (d.lodgingMinutesToSite > MAX_MINUTES_TO_SITE) {
            out.add(new Finding("MON-2", "The lodging is " + d.lodgingMinutesToSite + " minutes from the site; "
                    + "it must be within " + MAX_MINUTES_TO_SITE + " minutes until day 30."));
        }
        if (!d.ackNoDriving) {
            out.add(new Finding("POST-1", "The patient has not acknowledged: no driving or dangerous machinery."));
        }
        if (!d.ackNoDonation) {
            out.add(new Finding("POST-2", "The patient has not acknowledged: no donation of blood, organs, tissue "
                    + "or cells."));
        }
        if (!d.ackLiveVaccines) {
            out.add(new Finding("POST-3", "The patient has not acknowledged the caution on live vaccines."));
        }
        if (!d.ackHivNatFalsePositive) {
            out.add(new Finding("POST-4", "The patient has not acknowledged that HIV NAT may be falsely positive."));
        }
        return out;
    }
}
