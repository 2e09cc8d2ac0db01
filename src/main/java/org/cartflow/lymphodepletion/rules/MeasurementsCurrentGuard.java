package org.cartflow.lymphodepletion.rules;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;
import org.cartflow.lymphodepletion.LymphodepletionText;

/** LD-2: the pre-LD measurements are no older than the site's window before LD day 1, also when day 1 moves. */
@Singleton
@Enforces("LD-2")
public class MeasurementsCurrentGuard implements CommandGuard<MeasurementsCurrentGuard.Facts> {

    /** {@code moving}: LD day 1 is being moved to {@code ldDay1} rather than ordered on it. */
    public record Facts(LocalDate oldestMeasurement, int windowDays, LocalDate ldDay1, boolean moving) {
    }

    @Override
    public List<Finding> check(Facts f) {
        if (!f.oldestMeasurement().isBefore(f.ldDay1().minusDays(f.windowDays()))) {
            return List.of();
        }
        var text = Texts.of(LymphodepletionText.class);
        return List.of(new Finding("LD-2", f.moving()
                ? text.measurementsWouldBeOutdated(f.oldestMeasurement(), f.windowDays(), f.ldDay1())
                : text.measurementsOutdatedForOrder(f.oldestMeasurement(), f.windowDays(), f.ldDay1())));
    }
}
