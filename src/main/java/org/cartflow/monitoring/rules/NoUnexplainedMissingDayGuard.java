package org.cartflow.monitoring.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.monitoring.MonitoringFactsLoader;
import org.cartflow.monitoring.MonitoringText;

/** Daily monitoring (MON-1, MON-3, MON-4): every day from day 0 to yesterday has an assessment or an explanation. */
@Singleton
@Enforces({ "MON-1", "MON-3", "MON-4" })
public class NoUnexplainedMissingDayGuard extends FactsGuard<NoUnexplainedMissingDayGuard.Facts> {

    /** @param today today's day number, null before the infusion is known; the days assessed or explained */
    public record Facts(Integer today, Set<Integer> covered) {
    }

    @Inject
    MonitoringFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        Set<Integer> covered = new TreeSet<>();
        loader.assessments(ctx).all().forEach(a -> covered.add(a.dayNumber));
        loader.explainedMissingDays(ctx).forEach(m -> covered.add(m.dayNumber));
        return new Facts(ctx.course().dayNumber(ctx.now()), covered);
    }

    @Override
    public List<Finding> check(Facts f) {
        if (f.today() == null || f.today() < 1) {
            return List.of();
        }
        List<Integer> missing = IntStream.rangeClosed(0, f.today() - 1).filter(d -> !f.covered().contains(d)).boxed()
                .toList();
        return missing.isEmpty() ? List.of()
                : List.of(new Finding("MON-3", Texts.of(MonitoringText.class).unexplainedMissingDays(missing.toString())));
    }
}
