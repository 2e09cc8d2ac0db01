package org.cartflow.lymphodepletion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;
import org.cartflow.lymphodepletion.LymphodepletionText;

/** LD-1: the three LD days stay consecutive; moving day 2 or 3 alone leaves a gap, which only a physician decides. */
@Singleton
@Enforces("LD-1")
public class ConsecutiveLdDaysGuard implements CommandGuard<ConsecutiveLdDaysGuard.Facts> {

    public record Facts(int fromLdDay, boolean byPhysician) {
    }

    @Override
    public List<Finding> check(Facts f) {
        return f.fromLdDay() <= 1 || f.byPhysician() ? List.of()
                : List.of(new Finding("LD-1", Texts.of(LymphodepletionText.class).ldDaysConsecutive()));
    }
}
