package org.cartflow.manufacturing;

import java.util.List;
import org.cartflow.common.Role;
import org.cartflow.kernel.Command;
import org.cartflow.manufacturing.rules.DeviationReviewedFirstGuard;
import org.cartflow.manufacturing.rules.SecondRunOrderGuard;
import org.cartflow.manufacturing.rules.StartingMaterialIdentityGuard;

/** The manufacturing stage's commands and the guards each runs. */
public final class ManufacturingCommands {

    public static final Command ORDER_RUN = Command.of("manufacturing-order",
            SecondRunOrderGuard.class, StartingMaterialIdentityGuard.class).by(Role.PHYSICIAN, Role.COORDINATOR);
    public static final Command REPORT_STATUS = Command.of("manufacturing-status").by(Role.PHYSICIAN, Role.COORDINATOR);
    public static final Command REVIEW_DEVIATION = Command.of("deviation-review").by(Role.PHYSICIAN, Role.COORDINATOR);
    public static final Command RELEASE_BY_EXCEPTION = Command.of("release-by-exception",
            DeviationReviewedFirstGuard.class).by(Role.PHYSICIAN);

    public static final List<Command> ALL = List.of(ORDER_RUN, REPORT_STATUS, REVIEW_DEVIATION, RELEASE_BY_EXCEPTION);

    private ManufacturingCommands() {
    }
}
