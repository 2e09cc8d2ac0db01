package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.infusion.BedsideStep;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/** INF-4 (cassette and bag against the certificate) and INF-9 (bag against the wristband): every identifier read
 * matches this patient and bag; each mismatch is a STOP. */
@Singleton
@Enforces({ "INF-4", "INF-9" })
public class LabelsMatchGuard implements CommandGuard<LabelsMatchGuard.Facts> {

    /** {@code mismatches}: how the identifiers read differ from the patient's and the bag's (none when all match). */
    public record Facts(BedsideStep step, List<String> mismatches) {
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(InfusionText.class);
        return f.mismatches().stream().map(m -> new Finding(f.step().ruleId(), text.identityMismatchStop(m))).toList();
    }
}
