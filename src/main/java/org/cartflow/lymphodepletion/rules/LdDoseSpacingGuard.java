package org.cartflow.lymphodepletion.rules;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import org.cartflow.lymphodepletion.LdAdministration.Drug;
import org.cartflow.common.Texts;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;
import org.cartflow.lymphodepletion.LymphodepletionText;

/** LD-1 "once daily": a dose of the same drug at least the site's minimum hours after the previous day's (23:30
 * then 00:30 are different dates but one hour apart); closer, it is refused until the nurse records why, then kept as
 * a flagged deviation. */
@Singleton
@Enforces("LD-1")
public class LdDoseSpacingGuard implements CommandGuard<LdDoseSpacingGuard.Facts> {

    /** {@code sincePrevious}: from the previous day's dose of the drug, null when there is none. */
    public record Facts(Drug drug, Duration sincePrevious, int minimumHours, boolean reasonGiven) {

        public boolean tooClose() {
            return sincePrevious != null && sincePrevious.compareTo(Duration.ofHours(minimumHours)) < 0;
        }
    }

    @Override
    public List<Finding> check(Facts f) {
        return !f.tooClose() || f.reasonGiven() ? List.of()
                : List.of(new Finding("LD-1", Texts.of(LymphodepletionText.class).dosesTooClose(f.drug(),
                        f.sincePrevious().toMinutes(), f.minimumHours())));
    }
}
