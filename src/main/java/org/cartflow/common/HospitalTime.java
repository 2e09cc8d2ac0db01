package org.cartflow.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An instant in a message as the ward reads it: date and time in the hospital's zone with the zone's abbreviation,
 * e.g. "2026-12-01 10:30 JST" (stored instants are UTC; "2026-12-01T01:30:00Z" at a bedside in Tokyo misleads).
 */
public final class HospitalTime {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);

    private HospitalTime() {
    }

    public static String of(Instant t, ZoneId zone) {
        return t == null ? "" : SHOWN.withZone(zone).format(t);
    }
}
