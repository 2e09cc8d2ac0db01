package org.cartflow.apheresis.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.apheresis.ApheresisCollection;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;

/** APH-2: the collection is of non-mobilized cells, or a physician's recorded decision accepted it. */
@Singleton
@Enforces("APH-2")
public class NonMobilizedCollectionGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var c = ApheresisCollection.latest(ctx.courseId()).orElse(null);
        if (c == null) {
            return List.of(new Finding("APH-2", "No leukapheresis is recorded."));
        }
        if (c.mobilized() && c.mobilizationOverrideReason == null) {
            return List.of(new Finding("APH-2", "The collection followed G-CSF or plerixafor mobilization and no "
                    + "physician's decision is recorded."));
        }
        return List.of();
    }
}
