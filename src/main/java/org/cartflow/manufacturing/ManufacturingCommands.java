package org.cartflow.manufacturing;

import java.util.List;
import org.cartflow.kernel.Command;
import org.cartflow.manufacturing.rules.DeviationReviewedFirstGuard;
import org.cartflow.manufacturing.rules.SecondRunOrderGuard;
import org.cartflow.manufacturing.rules.StartingMaterialIdentityGuard;

/** The manufacturing stage's commands and the guards each runs. */
public final class ManufacturingCommands {

    public static final Command ORDER_RUN = Command.of("manufacturing-order",
            SecondRunOrderGuard.class, StartingMaterialIdentityGuard.class);
    public static final Command RELEASE_BY_EXCEPTION = Command.of("release-by-exception",
            DeviationReviewedFirstGuard.class);

    public static final List<Command> ALL = List.of(ORDER_RUN, RELEASE_BY_EXCEPTION);

    private ManufacturingCommands() {
    }
}
