package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.cartflow.common.HospitalTime;
import org.cartflow.infusion.BedsideTiming;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/** RATE-1 at infusion end: the bag's volume over the time since its start is no more than 10 mL/min. */
@Singleton
@Enforces("RATE-1")
public class InfusionDurationGuard implements CommandGuard<InfusionDurationGuard.Facts> {

    public record Facts(BigDecimal volumeMl, Instant startedAt, Instant endedAt, BigDecimal maxRateMlMin, ZoneId zone) {
    }

    @Override
    public List<Finding> check(Facts f) {
        if (BedsideTiming.withinMaxRate(f.volumeMl(), f.startedAt(), f.endedAt(), f.maxRateMlMin())) {
            return List.of();
        }
        var text = Texts.of(InfusionText.class);
        BigDecimal rate = BedsideTiming.rate(f.volumeMl(), f.startedAt(), f.endedAt());
        String start = HospitalTime.of(f.startedAt(), f.zone());
        String earliestEnd = HospitalTime.of(f.startedAt().plus(BedsideTiming.minimumDuration(f.volumeMl(), f.maxRateMlMin())), f.zone());
        return List.of(new Finding("RATE-1", rate == null
                ? text.infusedTooFastUnmeasurable(f.volumeMl().toPlainString(), start, earliestEnd)
                : text.infusedTooFast(f.volumeMl().toPlainString(), start, rate.toPlainString(), earliestEnd)));
    }
}
