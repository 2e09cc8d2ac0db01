package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.eligibility.SiteQualification;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;

@Singleton
@Enforces("SITE-1")
public class SiteQualifiedGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var q = SiteQualification.current(ctx.courseId()).orElse(null);
        if (q == null) {
            return List.of(new Finding("SITE-1",
                    "Record the site's CRS emergency capability and the treating physician's qualification."));
        }
        List<Finding> out = new ArrayList<>();
        if (!q.crsEmergencyCapable) {
            out.add(new Finding("SITE-1", "Site " + q.siteCode + " is not recorded as able to manage CRS emergencies."));
        }
        if (!q.hemeSctExperienced) {
            out.add(new Finding("SITE-1", "Treating physician " + q.treatingPhysician
                    + " is not recorded as experienced in hematologic malignancy and stem-cell transplantation."));
        }
        if (q.manufacturerTrainingOn == null || q.manufacturerTrainingOn.isAfter(ctx.today())) {
            out.add(new Finding("SITE-1", "Treating physician " + q.treatingPhysician
                    + " has no completed manufacturer training on record."));
        }
        return out;
    }
}
