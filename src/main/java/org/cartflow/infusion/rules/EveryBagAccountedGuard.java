package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.BagRecord;
import org.cartflow.infusion.InfusionFactsLoader;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;

/** INF-12: every bag on the certificate is infused or documented as not infusable, and at least one was infused. */
@Singleton
@Enforces("INF-12")
public class EveryBagAccountedGuard extends BagsGuard {

    @Override
    public List<Finding> check(InfusionFactsLoader.Bags f) {
        var text = Texts.of(InfusionText.class);
        List<Finding> out = new ArrayList<>();
        for (BagRecord r : f.all()) {
            if (!r.bag().state.accountedFor()) {
                out.add(new Finding("INF-12", text.bagNotAccountedFor(r.label(), r.bag().state)));
            }
        }
        if (f.infused().isEmpty()) {
            out.add(new Finding("INF-12", text.noBagInfused()));
        }
        return out;
    }
}
