package org.cartflow.lymphodepletion.rules;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.cartflow.lymphodepletion.LdAdministration.Drug;
import org.cartflow.common.Texts;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;
import org.cartflow.lymphodepletion.LymphodepletionText;

/** LD-1: three consecutive daily doses: day N of a drug after its day N-1, on the date the order schedules (in
 * the hospital's zone). */
@Singleton
@Enforces("LD-1")
public class LdDayOrderGuard implements CommandGuard<LdDayOrderGuard.Facts> {

    public record Facts(Drug drug, int ldDay, boolean previousDayGiven, LocalDate scheduled, LocalDate actual,
            long orderId) {
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(LymphodepletionText.class);
        if (f.ldDay() > 1 && !f.previousDayGiven()) {
            return List.of(new Finding("LD-1", text.doseBeforePreviousDay(f.drug(), f.ldDay(), f.ldDay() - 1)));
        }
        if (!f.actual().equals(f.scheduled())) {
            return List.of(new Finding("LD-1", text.doseNotOnScheduledDay(f.ldDay(), f.ldDay() - 6, f.scheduled(),
                    f.actual(), f.orderId())));
        }
        return List.of();
    }
}
