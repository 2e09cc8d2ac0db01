package org.cartflow.product;

import java.util.List;
import org.cartflow.kernel.Command;
import org.cartflow.product.rules.CertificateReceiptGuard;
import org.cartflow.product.rules.ExcursionReleaseGuard;

/** The product stage's commands and the guards each runs. */
public final class ProductCommands {

    public static final Command RECEIVE = Command.of("product-receipt", CertificateReceiptGuard.class);
    public static final Command DECIDE_EXCURSION = Command.of("storage-excursion-decision",
            ExcursionReleaseGuard.class);

    public static final List<Command> ALL = List.of(RECEIVE, DECIDE_EXCURSION);

    private ProductCommands() {
    }
}
