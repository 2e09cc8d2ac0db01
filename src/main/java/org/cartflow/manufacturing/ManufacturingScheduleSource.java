package org.cartflow.manufacturing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.apheresis.ApheresisCollection;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
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
        var text = Texts.of(ManufacturingText.class);
        List<ScheduleItem> out = new ArrayList<>();
        // three queries for all courses in manufacturing, not three per course (the scale run found the N+1)
        List<Course> courses = Course.list("from Course c join fetch c.patient where c.state = ?1 order by c.id",
                CourseState.MANUFACTURING);
        List<Long> ids = courses.stream().map(c -> c.id).toList();
        Map<Long, ManufacturingOrder> latestRun = new HashMap<>();
        Map<Long, ApheresisCollection> latestCollection = new HashMap<>();
        if (!ids.isEmpty()) {
            ManufacturingOrder.<ManufacturingOrder>list("courseId in ?1 order by courseId, runNumber", ids)
                    .forEach(o -> latestRun.put(o.courseId, o));
            ApheresisCollection.<ApheresisCollection>list("courseId in ?1 order by courseId, id", ids)
                    .forEach(a -> latestCollection.put(a.courseId, a));
        }
        for (Course c : courses) {
            ManufacturingOrder run = latestRun.get(c.id);
            ScheduleItem item;
            if (run != null && run.status == ManufacturingStatus.FAILED) {
                continue;
            }
            if (run != null && run.shippedAt != null) {
                item = ScheduleItem.onDay(c, EXPECTED_PRODUCT_ARRIVAL, run.shippedAt.atZone(c.zone()).toLocalDate(),
                        text.scheduleProductShipped(), text.scheduleRunShipped(run.runNumber, run.din));
            } else {
                ApheresisCollection basis = run == null ? latestCollection.get(c.id)
                        : ApheresisCollection.findById(run.collectionId);
                if (basis == null) {
                    continue;
                }
                ManufacturingEstimate e = ManufacturingEstimate.from(basis.startedAt.atZone(c.zone()).toLocalDate());
                item = ScheduleItem.onDay(c, EXPECTED_PRODUCT_ARRIVAL, e.shipment().median(),
                        text.scheduleExpectedShipment(),
                        text.scheduleExpectedBetween(e.shipment().earliest(), e.shipment().latest()));
            }
            if (ScheduleSource.within(item.date(), from, to)) {
                out.add(item);
            }
        }
        return out;
    }
}
