package org.cartflow.monitoring.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.List;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.kernel.Patient;
import org.cartflow.rules.LabelProfiles;
import org.junit.jupiter.api.Test;

/**
 * MON-1 (inpatient through day 14) and MON-2 (near the site until day 30) over a course's facts, with the days read
 * from the course's label profile; both sides of each threshold, day N counted in the hospital's zone. Plain JUnit.
 */
class MonitoringDayGuardsTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LabelProfiles PROFILES = new LabelProfiles();
    /** Infused at 23:30 Tokyo time; "now" is 00:05 Tokyo on day N, still day N-1 in UTC: the zone decides. */
    private static final ZonedDateTime INFUSED = ZonedDateTime.of(2026, 3, 2, 23, 30, 0, 0, TOKYO);

    private static GuardContext onDay(int day, String profile) {
        Patient p = new Patient();
        p.hospitalZone = TOKYO.getId();
        Course c = new Course();
        c.id = 1L;
        c.patient = p;
        c.labelProfile = profile;
        c.infusedAt = INFUSED.toInstant();
        Instant now = INFUSED.toLocalDate().plusDays(day).atTime(0, 5).atZone(TOKYO).toInstant();
        return new GuardContext(c, now);
    }

    private static List<String> ruleIds(Guard g, GuardContext ctx) {
        return g.check(ctx).stream().map(Guard.Finding::ruleId).toList();
    }

    @Test
    void mon1DischargeIsRefusedOnDay13AndAllowedFromDay14UnderBothJapaneseProfiles() {
        var guard = new InpatientThroughDay14Guard(PROFILES);
        for (String profile : List.of("abecma-jp-2022", "abecma-jp-2023-12-06")) {
            assertEquals(List.of("MON-1"), ruleIds(guard, onDay(13, profile)), profile);
            assertEquals(List.of(), ruleIds(guard, onDay(14, profile)), profile);
        }
    }

    @Test
    void mon1BeforeTheInfusionIsKnownTheDayIsUnknownAndRefused() {
        GuardContext ctx = onDay(20, "abecma-jp-2022");
        ctx.course().infusedAt = null;
        assertEquals(List.of("MON-1"), ruleIds(new InpatientThroughDay14Guard(PROFILES), ctx));
    }

    @Test
    void mon2ProximityIsStillRequiredOnDay29AndEndsOnDay30() {
        var guard = new ProximityThroughDay30Guard(PROFILES);
        assertEquals(List.of("MON-2"), ruleIds(guard, onDay(29, "abecma-jp-2023-12-06")));
        assertTrue(guard.check(onDay(30, "abecma-jp-2023-12-06")).isEmpty());
        assertTrue(guard.check(onDay(30, "abecma-jp-2022")).isEmpty());
    }
}
