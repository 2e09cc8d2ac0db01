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

/**
 * LD-1: three consecutive daily doses: day N of a drug recorded after its day N-1, on the date the order schedules
 * (in the hospital's zone). A dose given on another date was still given: it is refused only until the nurse records
 * why, then kept as a flagged deviation (the plan is moved separately, with a reason, for the days still to come).
 */
@Singleton
@Enforces("LD-1")
public class LdDayOrderGuard implements CommandGuard<LdDayOrderGuard.Facts> {

    public record Facts(Drug drug, int ldDay, boolean previousDayGiven, LocalDate scheduled, LocalDate actual,
            long orderId, boolean scheduleReasonGiven) {

        public boolean offSchedule() {
            return !actual.equals(scheduled);
        }
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(LymphodepletionText.class);
        if (f.ldDay() > 1 && !f.previousDayGiven()) {
            return List.of(new Finding("LD-1", text.doseBeforePreviousDay(f.drug(), f.ldDay(), f.ldDay() - 1)));
        }
        if (f.offSchedule() && !f.scheduleReasonGiven()) {
            return List.of(new Finding("LD-1", text.doseNotOnScheduledDay(f.ldDay(), f.ldDay() - 6, f.scheduled(),
                    f.actual(), f.orderId())));
        }
        return List.of();
    }
}
