package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.BagRecord;
import org.cartflow.infusion.InfusionFactsLoader;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;

/** INF-4, INF-9: every infused bag had a two-person identity check before thaw and a scanned one at the bedside. */
@Singleton
@Enforces({ "INF-4", "INF-9" })
public class IdentityCheckedTwiceGuard extends BagsGuard {

    @Override
    public List<Finding> check(InfusionFactsLoader.Bags f) {
        var text = Texts.of(InfusionText.class);
        List<Finding> out = new ArrayList<>();
        for (BagRecord r : f.infused()) {
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
}
