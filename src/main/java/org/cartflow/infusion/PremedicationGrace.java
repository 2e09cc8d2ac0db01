package org.cartflow.infusion;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * INF-2 says premedication about (約) 30-60 minutes before the infusion. A start up to
 * {@code cartflow.infusion.premedication-grace} (default 5 minutes) outside that window is allowed with the nurse's
 * reason and flagged; further out it is refused.
 */
@ApplicationScoped
public class PremedicationGrace {

    @ConfigProperty(name = "cartflow.infusion.premedication-grace", defaultValue = "PT5M")
    Duration grace;

    public Duration grace() {
        return grace;
    }
}
