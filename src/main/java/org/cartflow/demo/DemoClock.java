package org.cartflow.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Dev mode only: the app's clock, real time except while the demo programme is being seeded, when the seed moves
 * it to the moment each past step would have happened. The prod build has no such bean (ClockProducer's
 * system clock is the only one there).
 */
@IfBuildProfile("dev")
@Singleton
public class DemoClock extends Clock implements DemoProgramme.AppClock {

    private volatile Instant fixed;

    @Override
    public void set(Instant instant) {
        fixed = instant;
    }

    @Override
    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f == null ? Instant.now() : f;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("CartFlow works in UTC instants");
    }
}
