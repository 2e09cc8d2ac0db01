package org.cartflow.product;

import java.util.List;
import org.cartflow.common.Role;
import org.cartflow.kernel.Command;
import org.cartflow.product.rules.CertificateReceiptGuard;
import org.cartflow.product.rules.ExcursionReleaseGuard;

/** The product stage's commands and the guards each runs. */
public final class ProductCommands {

    public static final Command RECEIVE = Command.of("product-receipt", CertificateReceiptGuard.class)
            .by(Role.PHARMACIST, Role.COORDINATOR);
    public static final Command STORE = Command.of("product-storage").by(Role.PHARMACIST, Role.COORDINATOR);
    public static final Command RECORD_READING = Command.of("storage-temperature")
            .by(Role.PHARMACIST, Role.COORDINATOR, Role.NURSE);
    public static final Command DECIDE_EXCURSION = Command.of("storage-excursion-decision",
            ExcursionReleaseGuard.class).by(Role.PHYSICIAN);

    public static final List<Command> ALL = List.of(RECEIVE, STORE, RECORD_READING, DECIDE_EXCURSION);

    private ProductCommands() {
    }
}
