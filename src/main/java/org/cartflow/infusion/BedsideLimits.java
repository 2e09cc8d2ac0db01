package org.cartflow.infusion;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.cartflow.rules.LabelProfile;

/**
 * The label's bedside numbers, read from the course's label profile: INF-2 premedication 30-60 minutes before the
 * first bag, INF-11 each bag's infusion ended within 60 minutes of its thaw start, RATE-1 at most 10 mL/min.
 */
public record BedsideLimits(Duration premedicationEarliest, Duration premedicationLatest, Duration thawStartToEnd,
        BigDecimal maxRateMlMin) {

    public static BedsideLimits of(LabelProfile profile) {
        return new BedsideLimits(Duration.ofMinutes(profile.value("premedicationEarliestMinutes")),
                Duration.ofMinutes(profile.value("premedicationLatestMinutes")),
                Duration.ofMinutes(profile.value("thawStartToInfusionEndMinutes")),
                BigDecimal.valueOf(profile.value("maxInfusionRateMlPerMin")));
    }

    /** INF-11: when a bag whose thaw started then must have finished; null before its thaw. */
    public Instant mustEndBy(BagInfusion steps) {
        return steps == null || steps.thawStartedAt == null ? null : steps.thawStartedAt.plus(thawStartToEnd);
    }
}
