package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/** INF-10: the line is primed with normal saline; INF-8: no leukocyte-depleting filter. */
@Singleton
@Enforces({ "INF-8", "INF-10" })
public class LinePrimingGuard implements CommandGuard<LinePrimingGuard.Facts> {

    public record Facts(boolean primedWithSaline, boolean leukocyteDepletingFilter) {
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(InfusionText.class);
        List<Finding> out = new ArrayList<>();
        if (!f.primedWithSaline()) {
            out.add(new Finding("INF-10", text.primeWithSaline()));
        }
        if (f.leukocyteDepletingFilter()) {
            out.add(new Finding("INF-8", text.removeLeukocyteFilter()));
        }
        return out;
    }
}
