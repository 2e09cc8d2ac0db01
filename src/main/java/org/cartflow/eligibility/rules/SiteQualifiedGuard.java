package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.eligibility.EligibilityFacts;
import org.cartflow.eligibility.EligibilityText;
import org.cartflow.kernel.Enforces;

/** SITE-1: a site able to manage CRS, a physician experienced in haematology/SCT and trained by the manufacturer. */
@Singleton
@Enforces("SITE-1")
public class SiteQualifiedGuard extends WorkUpGuard {

    @Override
    public List<Finding> check(EligibilityFacts f) {
        var text = Texts.of(EligibilityText.class);
        var q = f.siteQualification();
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
        if (q.manufacturerTrainingOn == null || q.manufacturerTrainingOn.isAfter(f.today())) {
            out.add(new Finding("SITE-1", text.physicianNotTrained(q.treatingPhysician)));
        }
        return out;
    }
}
