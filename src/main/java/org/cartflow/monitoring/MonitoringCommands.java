package org.cartflow.monitoring;

import java.util.List;
import org.cartflow.kernel.Command;
import org.cartflow.monitoring.rules.TocilizumabSpacingGuard;

/** The monitoring stage's commands that run guards of their own. */
public final class MonitoringCommands {

    public static final Command RECORD_INTERVENTION = Command.of("crs-intervention", TocilizumabSpacingGuard.class);

    public static final List<Command> ALL = List.of(RECORD_INTERVENTION);

    private MonitoringCommands() {
    }
}
