package org.cartflow.apheresis;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
import org.cartflow.schedule.ScheduleItem;
import org.cartflow.schedule.ScheduleSource;

/** Booked leukapheresis slots of courses still to be collected. */
@ApplicationScoped
public class ApheresisScheduleSource implements ScheduleSource {

    public static final String COLLECTION = "COLLECTION";
    static final int SLOT_MINUTES = 240;
    private static final List<CourseState> OPEN = List.of(CourseState.ELIGIBLE, CourseState.COLLECTION,
            CourseState.MANUFACTURING_FAILED);

    @Override
    public List<String> types() {
        return List.of(COLLECTION);
    }

    @Override
    public List<ScheduleItem> items(LocalDate from, LocalDate to) {
        // The newest booking of each course is its slot; slots are looked up a day either side for zone offsets.
        List<ApheresisSlot> slots = ApheresisSlot.list("""
                select s from ApheresisSlot s, Course c where c.id = s.courseId and c.state in ?1
                and s.startsAt >= ?2 and s.startsAt < ?3 order by s.id""", OPEN,
                from.minusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                to.plusDays(2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        Map<Long, ApheresisSlot> byCourse = new LinkedHashMap<>();
        slots.forEach(s -> byCourse.put(s.courseId, s));
        var text = Texts.of(ApheresisText.class);
        List<ScheduleItem> out = new ArrayList<>();
        for (ApheresisSlot s : byCourse.values()) {
            if (ApheresisSlot.current(s.courseId).map(c -> !c.id.equals(s.id)).orElse(true)) {
                continue;
            }
            Course c = Course.findById(s.courseId);
            if (ApheresisCollection.latest(c.id).map(col -> !col.recordedAt.isBefore(s.recordedAt)).orElse(false)) {
                continue;
            }
            ScheduleItem item = ScheduleItem.at(c, COLLECTION, s.startsAt, SLOT_MINUTES,
                    text.scheduleLeukapheresis(), text.scheduleLeukapheresisIn(s.unit));
            if (ScheduleSource.within(item.date(), from, to)) {
                out.add(item);
            }
        }
        return out;
    }
}
