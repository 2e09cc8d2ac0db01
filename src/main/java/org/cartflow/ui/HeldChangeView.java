package org.cartflow.ui;

import java.time.ZoneId;
import org.cartflow.adt.AdtUpdates;
import org.cartflow.adt.DemographicChange;
import org.cartflow.common.HospitalTime;

/** A demographic change from the EHR held for the coordinator, as the journey page shows it (hospital time). */
public record HeldChangeView(long id, String kind, String current, String incoming, String source,
        String receivedBy, String receivedAtLocal, boolean merge) {

    static HeldChangeView of(DemographicChange c, ZoneId zone) {
        return new HeldChangeView(c.id, c.kind.name(), AdtUpdates.shown(c.currentValue), AdtUpdates.shown(c.incomingValue),
                c.source, c.receivedBy, HospitalTime.of(c.receivedAt, zone), c.kind == DemographicChange.Kind.MERGE);
    }
}
