package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.eligibility.EligibilityFacts;
import org.cartflow.eligibility.EligibilityText;
import org.cartflow.kernel.Enforces;

/** CONSENT-1: the patient's written consent after the explanation, not dated after today. */
@Singleton
@Enforces("CONSENT-1")
public class WrittenTreatmentConsentGuard extends WorkUpGuard {

    @Override
    public List<Finding> check(EligibilityFacts f) {
        var text = Texts.of(EligibilityText.class);
        var c = f.consent();
        if (c == null) {
            return List.of(new Finding("CONSENT-1", text.consentMissing()));
        }
        List<Finding> out = new ArrayList<>();
        if (!c.written) {
            out.add(new Finding("CONSENT-1", text.consentNotWritten()));
        }
        if (c.signedOn.isAfter(f.today())) {
            out.add(new Finding("CONSENT-1", text.consentDatedAfterToday(c.signedOn)));
        }
        return out;
    }
}
