package org.cartflow.apheresis;

import java.util.List;
import org.cartflow.apheresis.rules.CollectionIdentityGuard;
import org.cartflow.apheresis.rules.ShipperRangeGuard;
import org.cartflow.kernel.Command;

/** The apheresis stage's commands and the guards each runs. */
public final class ApheresisCommands {

    public static final Command RECORD_COLLECTION = Command.of("collection", CollectionIdentityGuard.class);
    public static final Command PACK_SHIPMENT = Command.of("shipment", ShipperRangeGuard.class);

    public static final List<Command> ALL = List.of(RECORD_COLLECTION, PACK_SHIPMENT);

    private ApheresisCommands() {
    }
}
