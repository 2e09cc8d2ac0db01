package org.cartflow.apheresis.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.apheresis.ApheresisCollection;
import org.cartflow.apheresis.ApheresisText;
import org.cartflow.common.Texts;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;

/** APH-2: the collection is of non-mobilized cells, or a physician's recorded decision accepted it. */
@Singleton
@Enforces("APH-2")
public class NonMobilizedCollectionGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(ApheresisText.class);
        var c = ApheresisCollection.latest(ctx.courseId()).orElse(null);
        if (c == null) {
            return List.of(new Finding("APH-2", text.noLeukapheresis()));
        }
        if (c.mobilized() && c.mobilizationOverrideReason == null) {
            return List.of(new Finding("APH-2", text.mobilizedWithoutDecision()));
        }
        return List.of();
    }
}
