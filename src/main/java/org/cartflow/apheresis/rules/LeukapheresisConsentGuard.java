package org.cartflow.apheresis.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.apheresis.ApheresisText;
import org.cartflow.apheresis.LeukapheresisConsent;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;

/** CONSENT-2: written, witnessed consent to the use of the collected cells before leukapheresis. */
@Singleton
@Enforces("CONSENT-2")
public class LeukapheresisConsentGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(ApheresisText.class);
        var c = LeukapheresisConsent.current(ctx.courseId()).orElse(null);
        if (c == null) {
            return List.of(new Finding("CONSENT-2", text.consentMissing()));
        }
        List<Finding> out = new ArrayList<>();
        if (!c.written) {
            out.add(new Finding("CONSENT-2", text.consentNotWritten()));
        }
        if (!c.useOfCellsExplained) {
            out.add(new Finding("CONSENT-2", text.useOfCellsNotExplained()));
        }
        if (c.signedOn.isAfter(ctx.today())) {
            out.add(new Finding("CONSENT-2", text.consentDatedAfterToday(c.signedOn)));
        }
        return out;
    }
}
