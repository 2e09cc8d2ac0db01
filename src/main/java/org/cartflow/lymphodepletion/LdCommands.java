package org.cartflow.lymphodepletion;

import java.util.List;
import org.cartflow.common.Role;
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

/**
 * The lymphodepletion stage's commands, who may give them and the guards each runs. The calculation preview writes
 * nothing and is open to every clinical role that reads the course, so it declares no roles of its own.
 */
public final class LdCommands {

    public static final Command ASSESS = Command.of("ld-assessment").by(Role.PHYSICIAN, Role.NURSE);
    public static final Command CALCULATE = Command.of("ld-calculation", AssessmentRecordedGuard.class);
    public static final Command PRESCRIBE = Command.of("ld-order",
            AssessmentRecordedGuard.class, MeasurementsCurrentGuard.class, FludarabineTierGuard.class)
            .by(Role.PHYSICIAN);
    public static final Command VERIFY = Command.of("ld-order-verification", RecomputedDoseGuard.class)
            .by(Role.PHARMACIST);
    public static final Command REJECT = Command.of("ld-order-rejection").by(Role.PHARMACIST);
    public static final Command ADMINISTER = Command.of("ld-dose",
            LdDoseAllowedGuard.class, DelayBeforeDoseGuard.class, LdDayOrderGuard.class, LdDoseSpacingGuard.class)
            .by(Role.NURSE);
    public static final Command MOVE_PLAN = Command.of("ld-plan-move",
            ConsecutiveLdDaysGuard.class, MeasurementsCurrentGuard.class).by(Role.COORDINATOR, Role.PHYSICIAN);

    public static final List<Command> ALL = List.of(ASSESS, CALCULATE, PRESCRIBE, VERIFY, REJECT, ADMINISTER,
            MOVE_PLAN);

    private LdCommands() {
    }
}
