package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.eligibility.EligibilityText;
import org.cartflow.eligibility.SiteQualification;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;

@Singleton
@Enforces("SITE-1")
public class SiteQualifiedGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(EligibilityText.class);
        var q = SiteQualification.current(ctx.courseId()).orElse(null);
        if (q == null) {
            return List.of(new Finding("SITE-1", text.siteQualificationMissing()));
        }
        List<Finding> out = new ArrayList<>();
        if (!q.crsEmergencyCapable) {
            out.add(new Finding("SITE-1", text.siteCannotManageCrs(q.siteCode)));
        }
        if (!q.hemeSctExperienced) {
            out.add(new Finding("SITE-1", text.physicianNotExperienced(q.treatingPhysician)));
        }
        if (q.manufacturerTrainingOn == null || q.manufacturerTrainingOn.isAfter(ctx.today())) {
            out.add(new Finding("SITE-1", text.physicianNotTrained(q.treatingPhysician)));
        }
        return out;
    }
}
