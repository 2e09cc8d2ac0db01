package org.cartflow.lymphodepletion.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.CommonText;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.lymphodepletion.LdAdministration.Drug;
import org.cartflow.lymphodepletion.LdAdministration;
import org.cartflow.lymphodepletion.LdOrder;
import org.cartflow.lymphodepletion.LymphodepletionText;

/** LD-1: fludarabine and cyclophosphamide each given on 3 days (days -5, -4, -3) before the infusion is prepared. */
@Singleton
@Enforces("LD-1")
public class LdCompleteGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(LymphodepletionText.class);
        LdOrder o = LdOrder.verified(ctx.courseId()).orElse(null);
        if (o == null) {
            return List.of(new Finding("LD-1", text.noVerifiedOrderSoNoLdGiven()));
        }
        List<LdAdministration> given = LdAdministration.ofOrder(o.id);
        List<String> missing = new ArrayList<>();
        for (Drug drug : Drug.values()) {
            for (int day = 1; day <= 3; day++) {
                int d = day;
                if (given.stream().noneMatch(g -> g.drug == drug && g.ldDay == d)) {
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
