package org.cartflow.bridging.rules;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.cartflow.bridging.BridgingText;
import org.cartflow.common.Texts;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/** BRG-2 (trial) when LD day 1 is planned: not before the last bridging dose's 14-day washout ends, unless overridden. */
@Singleton
@Enforces("BRG-2")
public class LdPlanWashoutGuard implements CommandGuard<LdPlanWashoutGuard.Facts> {

    /** {@code earliestLdStart} is null when no bridging dose is recorded. */
    public record Facts(LocalDate plannedLdDay1, LocalDate earliestLdStart, boolean overridden) {

        public boolean shortWashout() {
            return earliestLdStart != null && earliestLdStart.isAfter(plannedLdDay1);
        }
    }

    @Override
    public List<Finding> check(Facts f) {
        if (!f.shortWashout() || f.overridden()) {
            return List.of();
        }
        return List.of(new Finding("BRG-2", Texts.of(BridgingText.class).planTooEarly(f.earliestLdStart(),
                f.plannedLdDay1())));
    }
}
