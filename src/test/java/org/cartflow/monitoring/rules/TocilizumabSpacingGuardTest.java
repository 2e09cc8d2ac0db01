package org.cartflow.monitoring.rules;

import static org.cartflow.kernel.GuardAssert.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CRS-ALG: tocilizumab doses at least 8 h apart, or the reason for a dose given sooner. Plain JUnit. */
class TocilizumabSpacingGuardTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant FIRST = Instant.parse("2026-03-12T02:00:00Z");
    private static final java.time.Duration EIGHT_HOURS = java.time.Duration.ofHours(8);

    @Test
    void crsAlgEightHoursApartEitherWayOrWithAReason() {
        var g = new TocilizumabSpacingGuard();
        Instant eightHours = FIRST.plusSeconds(8 * 3600);
        assertEquals(List.of(), ids(g, new TocilizumabSpacingGuard.Facts(List.of(FIRST), eightHours, false, TOKYO, EIGHT_HOURS)));
        assertEquals(List.of("CRS-ALG"), ids(g, new TocilizumabSpacingGuard.Facts(List.of(FIRST),
                eightHours.minusSeconds(60), false, TOKYO, EIGHT_HOURS)));
        assertEquals(List.of("CRS-ALG"), ids(g, new TocilizumabSpacingGuard.Facts(List.of(FIRST),
                FIRST.minusSeconds(3600), false, TOKYO, EIGHT_HOURS)), "a late entry for a dose before the recorded one");
        var withReason = new TocilizumabSpacingGuard.Facts(List.of(FIRST), FIRST.plusSeconds(3600), true, TOKYO, EIGHT_HOURS);
        assertEquals(List.of(), ids(g, withReason));
        assertTrue(withReason.tooClose(), "still recorded as a deviation");
        assertEquals(List.of(), ids(g, new TocilizumabSpacingGuard.Facts(List.of(), FIRST, false, TOKYO, EIGHT_HOURS)));
        // the interval is the site policy's, carried in the facts
        assertEquals(List.of(), ids(g, new TocilizumabSpacingGuard.Facts(List.of(FIRST), FIRST.plusSeconds(6 * 3600),
                false, TOKYO, java.time.Duration.ofHours(6))));
    }
}
