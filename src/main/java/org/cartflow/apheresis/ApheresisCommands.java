package org.cartflow.apheresis;

import java.util.List;
import org.cartflow.apheresis.rules.CollectionIdentityGuard;
import org.cartflow.apheresis.rules.ShipperRangeGuard;
import org.cartflow.common.Role;
import org.cartflow.kernel.Command;

/** The apheresis stage's commands and the guards each runs. */
public final class ApheresisCommands {

    public static final Command RECORD_INFECTION_TEST = Command.of("infection-test").by(Role.PHYSICIAN, Role.COORDINATOR);
    public static final Command RECORD_CONSENT = Command.of("leukapheresis-consent").by(Role.PHYSICIAN, Role.COORDINATOR);
    public static final Command BOOK_SLOT = Command.of("leukapheresis-slot").by(Role.PHYSICIAN, Role.COORDINATOR);
    public static final Command RECORD_COLLECTION = Command.of("collection", CollectionIdentityGuard.class)
            .by(Role.PHYSICIAN, Role.COORDINATOR);
    public static final Command PACK_SHIPMENT = Command.of("shipment", ShipperRangeGuard.class)
            .by(Role.PHYSICIAN, Role.COORDINATOR);
    public static final Command RECORD_HANDOFF = Command.of("custody-handoff").by(Role.PHYSICIAN, Role.COORDINATOR);
    public static final Command RECORD_TEMPERATURE = Command.of("shipper-temperature")
            .by(Role.PHYSICIAN, Role.COORDINATOR);
    public static final Command DECIDE_EXCURSION = Command.of("cold-chain-excursion-decision").by(Role.PHYSICIAN);

    public static final List<Command> ALL = List.of(RECORD_INFECTION_TEST, RECORD_CONSENT, BOOK_SLOT, RECORD_COLLECTION,
            PACK_SHIPMENT, RECORD_HANDOFF, RECORD_TEMPERATURE, DECIDE_EXCURSION);

    private ApheresisCommands() {
    }
}
