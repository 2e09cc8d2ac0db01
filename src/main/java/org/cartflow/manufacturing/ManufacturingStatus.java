package org.cartflow.manufacturing;

/** Where a manufacturing run stands. SHIPPED and FAILED are final. */
public enum ManufacturingStatus {
    IN_MANUFACTURING, RELEASE_TESTING, SHIPPED, FAILED;

    public boolean isFinal() {
        return this == SHIPPED || this == FAILED;
    }

    /** Runs move forward only: in manufacturing, release testing, shipped; failure from any open status. */
    public boolean mayBecome(ManufacturingStatus next) {
        if (isFinal()) {
            return false;
        }
        return next == FAILED || next.ordinal() > ordinal();
    }
}
