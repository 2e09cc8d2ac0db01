package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.infusion.BedsideStep;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/** INF-4, INF-9: a two-person check needs two people; the first signer cannot co-sign. */
@Singleton
@Enforces({ "INF-4", "INF-9" })
public class TwoPeopleGuard implements CommandGuard<TwoPeopleGuard.Facts> {

    public record Facts(BedsideStep step, String firstSigner, String cosigner) {
    }

    @Override
    public List<Finding> check(Facts f) {
        return f.cosigner().equals(f.firstSigner())
                ? List.of(new Finding(f.step().ruleId(), Texts.of(InfusionText.class).twoDifferentSigners()))
                : List.of();
    }
}
