package org.cartflow.lymphodepletion.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.lymphodepletion.LdAssessment;
import org.cartflow.lymphodepletion.LdFactsLoader;
import org.cartflow.lymphodepletion.LymphodepletionText;

/** DELAY-1/2: no unresolved serious adverse event, active infection or inflammatory disease in the latest assessment. */
@Singleton
@Enforces({ "DELAY-1", "DELAY-2" })
public class NoDelayFindingsGuard extends FactsGuard<NoDelayFindingsGuard.Facts> {

    /** @param latest the latest pre-LD assessment, null when none (LD-2 asks for it) */
    public record Facts(LdAssessment latest) {
    }

    @Inject
    LdFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(loader.latestAssessment(ctx).orElse(null));
    }

    @Override
    public List<Finding> check(Facts f) {
        LdAssessment a = f.latest();
        if (a == null) {
            return List.of();
        }
        return DelayFindings.of(a.seriousAdverseEvents(), a.activeInfection, a.inflammatoryDisease,
                Texts.of(LymphodepletionText.class).stepLd());
    }
}
