package org.cartflow.manufacturing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.apheresis.ApheresisCollection;
import org.cartflow.journey.Course;
import org.cartflow.journey.CourseState;
import org.cartflow.schedule.ScheduleItem;
import org.cartflow.schedule.ScheduleSource;

/**
 * Expected product arrival of courses in manufacturing: the shipment date once shipped, otherwise the KarMMa median
 * (MFG-INFO) with its range in the detail.
 */
@ApplicationScoped
public class ManufacturingScheduleSource implements ScheduleSource {

    public static final String EXPECTED_PRODUCT_ARRIVAL = "EXPECTED_PRODUCT_ARRIVAL";

    @Override
    public List<String> types() {
        return List.of(EXPECTED_PRODUCT_ARRIVAL);
    }

    @Override
    public List<ScheduleItem> items(LocalDate from, LocalDate to) {
        List<ScheduleItem> out = new ArrayList<>();
        for (Course c : Course.<Course>list("state = ?1 order by id", CourseState.MANUFACTURING)) {
            ManufacturingOrder run = ManufacturingOrder.latest(c.id).orElse(null);
            ScheduleItem item;
            if (run != null && run.status == ManufacturingStatus.FAILED) {
                continue;
            }
            if (run != null && run.shippedAt != null) {
                item = ScheduleItem.onDay(c, EXPECTED_PRODUCT_ARRIVAL, run.shippedAt.atZone(c.zone()).toLocalDate(),
                        "Product shipped", "Run " + run.runNumber + " shipped; DIN " + run.din);
            } else {
                ApheresisCollection basis = run == null ? ApheresisCollection.latest(c.id).orElse(null)
                        : ApheresisCollection.findById(run.collectionId);
                if (basis == null) {
                    continue;
                }
                ManufacturingEstimate e = ManufacturingEstimate.from(basis.startedAt.atZone(c.zone()).toLocalDate());
                item = ScheduleItem.onDay(c, EXPECTED_PRODUCT_ARRIVAL, e.shipment().median(),
                        "Expected product shipment (median)", "MFG-INFO: expected between " + e.shipment().earliest()
                                + " and " + e.shipment().latest() + " (KarMMa median 32 days, 24-55)");
            }
            if (ScheduleSource.within(item.date(), from, to)) {
                out.add(item);
            }
        }
        return out;
    }
}
