package org.cartflow.lymphodepletion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.lymphodepletion.LdAssessment;
import org.cartflow.lymphodepletion.LymphodepletionText;

/** DELAY-1/2: no unresolved serious adverse event, active infection or inflammatory disease in the latest assessment. */
@Singleton
@Enforces({ "DELAY-1", "DELAY-2" })
public class NoDelayFindingsGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        LdAssessment a = LdAssessment.latest(ctx.courseId()).orElse(null);
        if (a == null) {
            return List.of();
        }
        return DelayFindings.of(a.seriousAdverseEvents(), a.activeInfection, a.inflammatoryDisease,
                Texts.of(LymphodepletionText.class).stepLd());
    }
}
