package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.eligibility.EligibilityText;
import org.cartflow.eligibility.TreatmentConsent;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;

@Singleton
@Enforces("CONSENT-1")
public class WrittenTreatmentConsentGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(EligibilityText.class);
        var c = TreatmentConsent.current(ctx.courseId()).orElse(null);
        if (c == null) {
            return List.of(new Finding("CONSENT-1", text.consentMissing()));
        }
        List<Finding> out = new ArrayList<>();
        if (!c.written) {
            out.add(new Finding("CONSENT-1", text.consentNotWritten()));
        }
        if (c.signedOn.isAfter(ctx.today())) {
            out.add(new Finding("CONSENT-1", text.consentDatedAfterToday(c.signedOn)));
        }
        return out;
    }
}
