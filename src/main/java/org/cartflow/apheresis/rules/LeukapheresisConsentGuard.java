package org.cartflow.apheresis.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.apheresis.ApheresisFactsLoader;
import org.cartflow.apheresis.ApheresisText;
import org.cartflow.apheresis.LeukapheresisConsent;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;

/** CONSENT-2: written, witnessed consent to the use of the collected cells before leukapheresis. */
@Singleton
@Enforces("CONSENT-2")
public class LeukapheresisConsentGuard extends FactsGuard<LeukapheresisConsentGuard.Facts> {

    /** @param consent the current consent, null when none was recorded */
    public record Facts(LeukapheresisConsent consent, LocalDate today) {
    }

    @Inject
    ApheresisFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(loader.consent(ctx).orElse(null), ctx.today());
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(ApheresisText.class);
        var c = f.consent();
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
        if (c.signedOn.isAfter(f.today())) {
            out.add(new Finding("CONSENT-2", text.consentDatedAfterToday(c.signedOn)));
        }
        return out;
    }
}
