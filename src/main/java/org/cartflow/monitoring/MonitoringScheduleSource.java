package org.cartflow.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
import org.cartflow.schedule.ScheduleItem;
import org.cartflow.schedule.ScheduleSource;

/** The earliest discharge (day 14, MON-1) and the end of the proximity period (day 30, MON-2) of infused courses. */
@ApplicationScoped
public class MonitoringScheduleSource implements ScheduleSource {

    public static final String EARLIEST_DISCHARGE = "EARLIEST_DISCHARGE";
    public static final String PROXIMITY_END = "PROXIMITY_END";

    @Override
    public List<String> types() {
        return List.of(EARLIEST_DISCHARGE, PROXIMITY_END);
    }

    @Override
    public List<ScheduleItem> items(LocalDate from, LocalDate to) {
        var text = Texts.of(MonitoringText.class);
        List<ScheduleItem> out = new ArrayList<>();
        // infused between 32 and 12 days before the window, with a day of margin for any hospital zone
        List<Course> courses = Course.list("from Course c join fetch c.patient where c.state in ?1 and c.infusedAt >= ?2 "
                + "and c.infusedAt < ?3 order by c.id",
                List.of(CourseState.INFUSED, CourseState.INPATIENT_MONITORING, CourseState.OUTPATIENT_PROXIMITY),
                from.minusDays(32).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                to.minusDays(12).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        for (Course c : courses) {
            LocalDate day0 = c.infusedAt.atZone(c.zone()).toLocalDate();
            if (c.state != CourseState.OUTPATIENT_PROXIMITY && ScheduleSource.within(day0.plusDays(14), from, to)) {
                out.add(ScheduleItem.onDay(c, EARLIEST_DISCHARGE, day0.plusDays(14), text.scheduleEarliestDischarge(),
                        text.scheduleEarliestDischargeDetail()));
            }
            if (ScheduleSource.within(day0.plusDays(30), from, to)) {
                out.add(ScheduleItem.onDay(c, PROXIMITY_END, day0.plusDays(30), text.scheduleProximityEnd(),
                        text.scheduleProximityEndDetail()));
            }
        }
        return out;
    }
}
