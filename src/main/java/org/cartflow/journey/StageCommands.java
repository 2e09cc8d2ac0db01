package org.cartflow.journey;

import java.util.List;
import java.util.stream.Stream;
import org.cartflow.apheresis.ApheresisCommands;
import org.cartflow.bridging.BridgingCommands;
import org.cartflow.eligibility.EligibilityCommands;
import org.cartflow.infusion.InfusionCommands;
import org.cartflow.kernel.Command;
import org.cartflow.lymphodepletion.LdCommands;
import org.cartflow.manufacturing.ManufacturingCommands;
import org.cartflow.monitoring.MonitoringCommands;
import org.cartflow.product.ProductCommands;

/** Every declared command (the journey's own and every stage's), beside the transition table, for {@code GET /rules} and the coverage tests. */
public final class StageCommands {

    public static final List<Command> ALL = Stream.of(JourneyCommands.ALL, EligibilityCommands.ALL,
            ApheresisCommands.ALL, ManufacturingCommands.ALL, BridgingCommands.ALL, ProductCommands.ALL, LdCommands.ALL,
            InfusionCommands.ALL, MonitoringCommands.ALL).flatMap(List::stream).toList();

    private StageCommands() {
    }
}
