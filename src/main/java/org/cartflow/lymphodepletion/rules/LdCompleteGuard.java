package org.cartflow.lymphodepletion.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.CommonText;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.lymphodepletion.LdAdministration;
import org.cartflow.lymphodepletion.LdAdministration.Drug;
import org.cartflow.lymphodepletion.LdFactsLoader;
import org.cartflow.lymphodepletion.LymphodepletionText;

/** LD-1: fludarabine and cyclophosphamide each given on 3 days (days -5, -4, -3) before the infusion is prepared. */
@Singleton
@Enforces("LD-1")
public class LdCompleteGuard extends FactsGuard<LdCompleteGuard.Facts> {

    /** @param verified whether there is a verified order; given: its administrations */
    public record Facts(boolean verified, List<LdAdministration> given) {
    }

    @Inject
    LdFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        var order = loader.verifiedOrder(ctx);
        return new Facts(order.isPresent(), order.map(loader::administrationsOf).orElse(List.of()));
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(LymphodepletionText.class);
        if (!f.verified()) {
            return List.of(new Finding("LD-1", text.noVerifiedOrderSoNoLdGiven()));
        }
        List<String> missing = new ArrayList<>();
        for (Drug drug : Drug.values()) {
            for (int day = 1; day <= 3; day++) {
                int d = day;
                if (f.given().stream().noneMatch(g -> g.drug == drug && g.ldDay == d)) {
                    missing.add(text.missingDose(drug, day));
                }
            }
        }
        if (!missing.isEmpty()) {
            String listed = String.join(Texts.of(CommonText.class).listSeparator(), missing);
            return List.of(new Finding("LD-1", text.ldIncomplete(listed)));
        }
        return List.of();
    }
}
