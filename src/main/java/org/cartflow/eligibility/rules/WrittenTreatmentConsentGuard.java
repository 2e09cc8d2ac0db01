package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.eligibility.TreatmentConsent;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;

@Singleton
@Enforces("CONSENT-1")
public class WrittenTreatmentConsentGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var c = TreatmentConsent.current(ctx.courseId()).orElse(null);
        if (c == null) {
            return List.of(new Finding("CONSENT-1",
                    "Explain efficacy and risks in writing and record the patient's or family's written consent."));
        }
        List<Finding> out = new ArrayList<>();
        if (!c.written) {
            out.add(new Finding("CONSENT-1", "Consent must be written; verbal consent is not enough."));
        }
        if (c.signedOn.isAfter(ctx.today())) {
            out.add(new Finding("CONSENT-1", "The consent is dated " + c.signedOn + ", after today."));
        }
        return out;
    }
}
