package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.eligibility.PregnancyStatus;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;

@Singleton
@Enforces("ELIG-6")
public class PregnancyExcludedGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var p = PregnancyStatus.current(ctx.courseId()).orElse(null);
        if (p == null) {
            return List.of(new Finding("ELIG-6", "Record pregnancy status and childbearing potential."));
        }
        List<Finding> out = new ArrayList<>();
        if (p.pregnant) {
            out.add(new Finding("ELIG-6", "The patient is pregnant; the product is in principle not given in pregnancy."));
        }
        if (p.childbearingPotential && p.pregnancyTestNegativeOn == null) {
            out.add(new Finding("ELIG-6", "Record the date of a negative pregnancy test."));
        }
        if (p.childbearingPotential && !p.contraceptionCounselled) {
            out.add(new Finding("ELIG-6",
                    "Counsel on contraception during and after treatment and record it before eligibility."));
        }
        return out;
    }
}
