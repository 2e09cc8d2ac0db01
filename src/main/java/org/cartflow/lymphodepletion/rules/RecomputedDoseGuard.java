package org.cartflow.lymphodepletion.rules;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.lymphodepletion.DoseComparison;
import org.cartflow.lymphodepletion.LdCalculator;
import org.cartflow.common.Texts;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;
import org.cartflow.lymphodepletion.LymphodepletionText;

/** The pharmacist's independent check (LD-1 doses, LD-3 renal adjustment): each prescribed dose is recomputed from the
 * order's assessment. Above the recomputed dose beyond the tolerance the order can only be rejected; below it (the
 * label's "reduce as appropriate", 適宜減量) it is verifiable when the prescriber recorded the reason. */
@Singleton
@Enforces({ "LD-1", "LD-3" })
public class RecomputedDoseGuard implements CommandGuard<RecomputedDoseGuard.Facts> {

    /** {@code drug} in the request's language; {@code recomputed} null when the policy has no dose. */
    public record Dose(String drug, BigDecimal prescribed, Double recomputed) {
    }

    /** {@code reason}: the prescriber's, or null. */
    public record Facts(List<Dose> doses, String reason, double tolerancePercent) {
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(LymphodepletionText.class);
        List<Finding> out = new ArrayList<>();
        for (Dose d : f.doses()) {
            if (d.recomputed() == null) {
                if (f.reason() == null) {
                    out.add(new Finding("LD-3", text.noPolicyDoseNoReason(d.drug())));
                }
                continue;
            }
            DoseComparison c = DoseComparison.of(d.prescribed(), d.recomputed(), f.tolerancePercent(), f.reason());
            if (!c.verifiable()) {
                out.add(new Finding("LD-1", text.prescribedDiffersFromRecomputed(d.drug(), d.prescribed(),
                        Double.isFinite(c.deviationPercent()) ? LdCalculator.round(c.deviationPercent(), 1)
                                : c.deviationPercent(), d.recomputed(), f.tolerancePercent())));
            }
        }
        return out;
    }
}
