package org.cartflow.lymphodepletion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;
import org.cartflow.lymphodepletion.LymphodepletionText;

/** DELAY-1, DELAY-2: no LD dose while the latest pre-LD assessment reports what postpones LD. */
@Singleton
@Enforces({ "DELAY-1", "DELAY-2" })
public class DelayBeforeDoseGuard implements CommandGuard<DelayBeforeDoseGuard.Facts> {

    public record Facts(List<String> seriousAdverseEvents, boolean activeInfection, boolean inflammatoryDisease) {
    }

    @Override
    public List<Finding> check(Facts f) {
        return DelayFindings.of(f.seriousAdverseEvents(), f.activeInfection(), f.inflammatoryDisease(),
                Texts.of(LymphodepletionText.class).stepLd());
    }
}
