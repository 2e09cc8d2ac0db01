package org.cartflow.monitoring;

import java.util.List;
import org.cartflow.common.Role;
import org.cartflow.kernel.Command;
import org.cartflow.monitoring.rules.TocilizumabSpacingGuard;

/** The monitoring stage's commands, who may give them and the guards each runs. */
public final class MonitoringCommands {

    public static final Command ASSESS = Command.of("crs-icans-assessment").by(Role.NURSE, Role.PHYSICIAN);
    public static final Command RECORD_INTERVENTION = Command.of("crs-intervention", TocilizumabSpacingGuard.class)
            .by(Role.NURSE, Role.PHYSICIAN);
    public static final Command ATTRIBUTE_FEVER = Command.of("fever-attribution").by(Role.PHYSICIAN);
    public static final Command EXPLAIN_MISSED_DAY = Command.of("missed-assessment-day").by(Role.PHYSICIAN);
    public static final Command RECORD_STOCK = Command.of("tocilizumab-stock").by(Role.NURSE, Role.PHARMACIST);
    public static final Command RECORD_DISCHARGE = Command.of("discharge-record").by(Role.NURSE, Role.PHYSICIAN);
    public static final Command RECORD_LABS = Command.of("monitoring-labs").by(Role.NURSE, Role.PHYSICIAN);
    public static final Command RECORD_RESPONSE = Command.of("response-assessment").by(Role.COORDINATOR,
            Role.PHYSICIAN);
    public static final Command RECORD_SECONDARY_MALIGNANCY = Command.of("secondary-malignancy")
            .by(Role.COORDINATOR, Role.PHYSICIAN);

    public static final List<Command> ALL = List.of(ASSESS, RECORD_INTERVENTION, ATTRIBUTE_FEVER, EXPLAIN_MISSED_DAY,
            RECORD_STOCK, RECORD_DISCHARGE, RECORD_LABS, RECORD_RESPONSE, RECORD_SECONDARY_MALIGNANCY);

    private MonitoringCommands() {
    }
}
