package org.cartflow.monitoring.rules;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.cartflow.common.HospitalTime;
import org.cartflow.common.Texts;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;
import org.cartflow.monitoring.MonitoringText;

/**
 * CRS-ALG: tocilizumab doses at least the site policy's interval apart (8 h by default). A dose documented sooner
 * after (or before) another was still given: it is refused only while no reason is given (the refusal asks for it),
 * then recorded as a deviation.
 */
@Singleton
@Enforces("CRS-ALG")
public class TocilizumabSpacingGuard implements CommandGuard<TocilizumabSpacingGuard.Facts> {

    /**
     * {@code otherDoses}: when the patient's other tocilizumab doses were given; {@code minimumInterval}: the site's
     * tocilizumab policy (8 h by default).
     */
    public record Facts(List<Instant> otherDoses, Instant givenAt, boolean reasonGiven, ZoneId zone,
            Duration minimumInterval) {

        public boolean tooClose() {
            return otherDoses.stream().anyMatch(d -> gap(d).compareTo(minimumInterval) < 0);
        }

        Duration gap(Instant other) {
            return Duration.between(other, givenAt).abs();
        }
    }

    @Override
    public List<Finding> check(Facts f) {
        if (f.reasonGiven()) {
            return List.of();
        }
        return f.otherDoses().stream().filter(d -> f.gap(d).compareTo(f.minimumInterval()) < 0).findFirst()
                .map(d -> List.of(new Finding("CRS-ALG", Texts.of(MonitoringText.class).tocilizumabPreviousDose(
                        HospitalTime.of(d, f.zone()), f.gap(d).toMinutes()))))
                .orElse(List.of());
    }
}
