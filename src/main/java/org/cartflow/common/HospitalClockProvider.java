package org.cartflow.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock Hibernate Validator's {@code @Past}/{@code @PastOrPresent} judge by: the application's clock in the
 * hospital's zone. With the JVM's default (the system clock in UTC) a date that is today in Tokyo counted as "in
 * the future" between 00:00 and 09:00 Tokyo time, and a test or the demo that moves the app's clock was judged by
 * another clock than every guard. Quarkus hands a ClockProvider bean to its ValidatorFactory.
 */
@ApplicationScoped
public class HospitalClockProvider implements ClockProvider {

    @Inject
    Clock clock;
    @ConfigProperty(name = "cartflow.hospital.zone", defaultValue = "Asia/Tokyo")
    String zone;

    @Override
    public Clock getClock() {
        return new Zoned(clock, ZoneId.of(zone));
    }

    /**
     * Now from the application's clock, read at every call (Hibernate Validator keeps the clock it gets once), in the
     * given zone. The application's clocks only give UTC instants, so the zone is added here rather than by
     * {@code withZone}.
     */
    private static final class Zoned extends Clock {
        private final Clock base;
        private final ZoneId zone;

        Zoned(Clock base, ZoneId zone) {
            this.base = base;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new Zoned(base, z);
        }

        @Override
        public Instant instant() {
            return base.instant();
        }
    }
}
