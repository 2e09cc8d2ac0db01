package org.cartflow.infusion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/** RATE-1 arithmetic and the countdowns the bedside screen shows. */
public final class BedsideTiming {

    /** Steps are compared with a second's tolerance: PostgreSQL keeps microseconds, a clock may give nanoseconds. */
    public static final Duration ORDER_TOLERANCE = Duration.ofSeconds(1);

    private BedsideTiming() {
    }

    /** Volume over duration in mL/min, to 2 decimals; null when no time has passed. */
    public static BigDecimal rate(BigDecimal volumeMl, Instant start, Instant end) {
        long seconds = Duration.between(start, end).toSeconds();
        if (seconds <= 0) {
            return null;
        }
        return volumeMl.multiply(BigDecimal.valueOf(60)).divide(BigDecimal.valueOf(seconds), 2, RoundingMode.HALF_UP);
    }

    /** RATE-1 without rounding: volume x 60 <= the maximum rate x seconds. */
    public static boolean withinMaxRate(BigDecimal volumeMl, Instant start, Instant end, BigDecimal maxRateMlMin) {
        long seconds = Duration.between(start, end).toSeconds();
        return seconds > 0 && volumeMl.multiply(BigDecimal.valueOf(60))
                .compareTo(maxRateMlMin.multiply(BigDecimal.valueOf(seconds))) <= 0;
    }

    /** The shortest duration at which this volume stays within RATE-1. */
    public static Duration minimumDuration(BigDecimal volumeMl, BigDecimal maxRateMlMin) {
        long seconds = volumeMl.multiply(BigDecimal.valueOf(60)).divide(maxRateMlMin, 0, RoundingMode.CEILING)
                .longValueExact();
        return Duration.ofSeconds(seconds);
    }

    public static long secondsBetween(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds();
    }
}
