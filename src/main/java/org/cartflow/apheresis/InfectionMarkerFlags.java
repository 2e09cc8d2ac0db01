package org.cartflow.apheresis;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.JourneyFlag;

/** The apheresis flag later stages show: infection-marker carriers need liver and viral monitoring (APH-1). */
@ApplicationScoped
public class InfectionMarkerFlags implements JourneyFlag.Source {

    public static final String VIRAL_MONITORING = "POST_INFUSION_LIVER_AND_VIRAL_MONITORING";

    @Override
    public List<JourneyFlag> of(long courseId) {
        List<String> positive = InfectionTest.current(courseId).values().stream()
                .filter(t -> t.result == InfectionResult.POSITIVE).map(t -> t.marker.name()).toList();
        if (positive.isEmpty()) {
            return List.of();
        }
        return List.of(new JourneyFlag(VIRAL_MONITORING, "APH-1",
                Texts.of(ApheresisText.class).viralMonitoringFlag(String.join(", ", positive)),
                positive));
    }
}
