package org.cartflow.adt;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.JourneyFlag;

/** AUTOLOGOUS-1: identity changes from the EHR held for the coordinator, shown on every stage of the journey. */
@ApplicationScoped
public class HeldDemographicsFlags implements JourneyFlag.Source {

    public static final String HELD = "IDENTITY_CHANGE_HELD";

    @Override
    public List<JourneyFlag> of(long courseId) {
        Course c = Course.findById(courseId);
        List<DemographicChange> held = c == null ? List.of() : DemographicChange.held(c.patient.id);
        if (held.isEmpty()) {
            return List.of();
        }
        String changes = String.join("; ", held.stream().map(h -> h.kind + " " + AdtUpdates.shown(h.currentValue)
                + " -> " + AdtUpdates.shown(h.incomingValue) + " (#" + h.id + ")").toList());
        return List.of(new JourneyFlag(HELD, "AUTOLOGOUS-1", Texts.of(AdtText.class).heldFlag(changes),
                held.stream().map(h -> h.kind.name()).distinct().toList()));
    }
}
