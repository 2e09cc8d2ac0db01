package org.cartflow.bridging;

import java.util.List;
import org.cartflow.bridging.rules.BridgingDoseGuard;
import org.cartflow.bridging.rules.LdPlanWashoutGuard;
import org.cartflow.common.Role;
import org.cartflow.kernel.Command;

/** The bridging stage's commands, who may give them and the guards each runs. */
public final class BridgingCommands {

    public static final Command RECORD_DOSE = Command.of("bridging-dose", BridgingDoseGuard.class)
            .by(Role.PHYSICIAN, Role.COORDINATOR);
    public static final Command PLAN_LD = Command.of("ld-plan", LdPlanWashoutGuard.class)
            .by(Role.PHYSICIAN, Role.COORDINATOR);

    public static final List<Command> ALL = List.of(RECORD_DOSE, PLAN_LD);

    private BridgingCommands() {
    }
}
