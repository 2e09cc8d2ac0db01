package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/** INF-2: premedication is recorded with both acetaminophen and an H1 antihistamine. */
@Singleton
@Enforces("INF-2")
public class PremedicationCompleteGuard implements CommandGuard<PremedicationCompleteGuard.Facts> {

    public record Facts(boolean acetaminophenGiven, boolean antihistamineGiven) {
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(InfusionText.class);
        List<Finding> out = new java.util.ArrayList<>();
        if (!f.acetaminophenGiven()) {
            out.add(new Finding("INF-2", text.acetaminophenMissing()));
        }
        if (!f.antihistamineGiven()) {
            out.add(new Finding("INF-2", text.antihistamineMissing()));
        }
        return out;
    }
}
