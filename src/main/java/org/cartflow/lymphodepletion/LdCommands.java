package org.cartflow.lymphodepletion;

import java.util.List;
import org.cartflow.kernel.Command;
import org.cartflow.lymphodepletion.rules.AssessmentRecordedGuard;
import org.cartflow.lymphodepletion.rules.ConsecutiveLdDaysGuard;
import org.cartflow.lymphodepletion.rules.DelayBeforeDoseGuard;
import org.cartflow.lymphodepletion.rules.FludarabineTierGuard;
import org.cartflow.lymphodepletion.rules.LdDayOrderGuard;
import org.cartflow.lymphodepletion.rules.LdDoseAllowedGuard;
import org.cartflow.lymphodepletion.rules.LdDoseSpacingGuard;
import org.cartflow.lymphodepletion.rules.MeasurementsCurrentGuard;
import org.cartflow.lymphodepletion.rules.RecomputedDoseGuard;

/** The lymphodepletion stage's commands and the guards each runs. */
public final class LdCommands {

    public static final Command CALCULATE = Command.of("ld-calculation", AssessmentRecordedGuard.class);
    public static final Command PRESCRIBE = Command.of("ld-order",
            AssessmentRecordedGuard.class, MeasurementsCurrentGuard.class, FludarabineTierGuard.class);
    public static final Command VERIFY = Command.of("ld-order-verification", RecomputedDoseGuard.class);
    public static final Command ADMINISTER = Command.of("ld-dose",
            LdDoseAllowedGuard.class, DelayBeforeDoseGuard.class, LdDayOrderGuard.class, LdDoseSpacingGuard.class);
    public static final Command MOVE_PLAN = Command.of("ld-plan-move",
            ConsecutiveLdDaysGuard.class, MeasurementsCurrentGuard.class);

    public static final List<Command> ALL = List.of(CALCULATE, PRESCRIBE, VERIFY, ADMINISTER, MOVE_PLAN);

    private LdCommands() {
    }
}
