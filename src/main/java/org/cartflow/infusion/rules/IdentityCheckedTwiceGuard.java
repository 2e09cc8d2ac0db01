package org.cartflow.infusion.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.BagRecord;
import org.cartflow.infusion.InfusionFactsLoader;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;

/** INF-4, INF-9: every infused bag had a two-person identity check before thaw and a scanned one at the bedside. */
@Singleton
@Enforces({ "INF-4", "INF-9" })
public class IdentityCheckedTwiceGuard extends FactsGuard<IdentityCheckedTwiceGuard.Facts> {

    /** @param bags the course's bags with their bedside steps */
    public record Facts(List<BagRecord> bags) {
    }

    @Inject
    InfusionFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(loader.bags(ctx).all());
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(InfusionText.class);
        List<Finding> out = new ArrayList<>();
        for (BagRecord r : infused(f)) {
            var s = r.steps();
            if (s == null || s.identityCosignedAt == null) {
                out.add(new Finding("INF-4", text.noTwoPersonCheck(r.label())));
            }
            if (s == null || s.bedsideCheckedAt == null) {
                out.add(new Finding("INF-9", text.noBedsideIdentityCheck(r.label())));
            }
        }
        return out;
    }

    private static List<BagRecord> infused(Facts f) {
        return new InfusionFactsLoader.Bags(f.bags()).infused();
    }
}
