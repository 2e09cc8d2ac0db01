package org.cartflow.journey;

/** Lets tests of other stages build their fixtures with JourneyTransitionsTest's package-private walk. */
public final class JourneyTransitionsTestAccess {

    private JourneyTransitionsTestAccess() {
    }

    public static long courseReadyForInfusion() {
        return JourneyTransitionsTest.courseReadyForInfusion();
    }
}
