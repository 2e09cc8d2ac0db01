package org.cartflow.apheresis.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.apheresis.LeukapheresisConsent;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;

/** CONSENT-2: written, witnessed consent to the use of the collected cells before leukapheresis. */
@Singleton
@Enforces("CONSENT-2")
public class LeukapheresisConsentGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var c = LeukapheresisConsent.current(ctx.courseId()).orElse(null);
        if (c == null) {
            return List.of(new Finding("CONSENT-2", "Explain in writing how the collected white cells are used and "
                    + "record the written, witnessed consent before leukapheresis."));
        }
        List<Finding> out = new ArrayList<>();
        if (!c.written) {
            out.add(new Finding("CONSENT-2", "The leukapheresis consent must be written."));
        }
        if (!c.useOfCellsExplained) {
            out.add(new Finding("CONSENT-2", "The use of the collected cells must be explained in writing."));
        }
        if (c.signedOn.isAfter(ctx.today())) {
            out.add(new Finding("CONSENT-2", "The leukapheresis consent is dated " + c.signedOn + ", after today."));
        }
        return out;
    }
}
