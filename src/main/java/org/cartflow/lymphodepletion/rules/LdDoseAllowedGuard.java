package org.cartflow.lymphodepletion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.kernel.CourseState;
import org.cartflow.common.Texts;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;
import org.cartflow.lymphodepletion.LymphodepletionText;

/** LD-1: an LD dose is given during lymphodepletion, against the pharmacist-verified order. */
@Singleton
@Enforces("LD-1")
public class LdDoseAllowedGuard implements CommandGuard<LdDoseAllowedGuard.Facts> {

    public record Facts(CourseState state, boolean orderVerified) {
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(LymphodepletionText.class);
        if (f.state() != CourseState.LYMPHODEPLETION) {
            return List.of(new Finding("LD-1", text.dosesOnlyDuringLymphodepletion(f.state())));
        }
        return f.orderVerified() ? List.of() : List.of(new Finding("LD-1", text.noVerifiedOrderBeforeDose()));
    }
}
