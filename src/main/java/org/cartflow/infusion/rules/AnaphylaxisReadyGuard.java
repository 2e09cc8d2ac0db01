package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionReadiness;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;

/** INF-2: emergency measures for anaphylaxis are confirmed ready in the latest infusion-day check. */
@Singleton
@Enforces("INF-2")
public class AnaphylaxisReadyGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(InfusionText.class);
        boolean ready = InfusionReadiness.latest(ctx.courseId()).map(r -> r.emergencyMeasuresReady).orElse(false);
        return ready ? List.of() : List.of(new Finding("INF-2", text.anaphylaxisNotReady()));
    }
}
