package org.cartflow.ui;

import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.cartflow.adt.AdtUpdates;
import org.cartflow.adt.DemographicChange;

/** A demographic change from the EHR held for the coordinator, as the journey page shows it (hospital time). */
public record HeldChangeView(long id, String kind, String current, String incoming, String source,
        String receivedBy, String receivedAtLocal, boolean merge) {

    static HeldChangeView of(DemographicChange c, ZoneId zone) {
        return new HeldChangeView(c.id, c.kind.name(), AdtUpdates.shown(c.currentValue), AdtUpdates.shown(c.incomingValue),
                c.source, c.receivedBy, c.receivedAt.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES)
                        .toString().replace('T', ' '), c.kind == DemographicChange.Kind.MERGE);
    }
}
