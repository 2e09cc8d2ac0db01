package org.cartflow.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cartflow.rules.LabelProfiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
import org.cartflow.schedule.ScheduleItem;
import org.cartflow.schedule.ScheduleSource;

/**
 * The earliest discharge (MON-1) and the end of the proximity period (MON-2) of infused courses, on the days of each
 * course's label profile (14 and 30 in the Japanese Abecma profiles).
 */
@ApplicationScoped
public class MonitoringScheduleSource implements ScheduleSource {

    public static final String EARLIEST_DISCHARGE = "EARLIEST_DISCHARGE";
    public static final String PROXIMITY_END = "PROXIMITY_END";

    private static final String DISCHARGE_DAY = "earliestDischargeDay";
    private static final String PROXIMITY_DAY = "proximityEndDay";

    @Inject
    LabelProfiles profiles;

    @Override
    public List<String> types() {
        return List.of(EARLIEST_DISCHARGE, PROXIMITY_END);
    }

    @Override
    public List<ScheduleItem> items(LocalDate from, LocalDate to) {
        var text = Texts.of(MonitoringText.class);
        List<ScheduleItem> out = new ArrayList<>();
        // infused between the latest and the earliest of these days (over every profile) before the window, with a
        // day of margin for any hospital zone
        int latest = profiles.all().stream().mapToInt(p -> p.value(PROXIMITY_DAY)).max().orElseThrow();
        int earliest = profiles.all().stream().mapToInt(p -> p.value(DISCHARGE_DAY)).min().orElseThrow();
        List<Course> courses = Course.list("from Course c join fetch c.patient where c.state in ?1 and c.infusedAt >= ?2 "
                + "and c.infusedAt < ?3 order by c.id",
                List.of(CourseState.INFUSED, CourseState.INPATIENT_MONITORING, CourseState.OUTPATIENT_PROXIMITY),
                from.minusDays(latest + 2L).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                to.minusDays(earliest - 2L).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        for (Course c : courses) {
            LocalDate day0 = c.infusedAt.atZone(c.zone()).toLocalDate();
            var profile = profiles.get(c.labelProfile);
            LocalDate discharge = day0.plusDays(profile.value(DISCHARGE_DAY));
            LocalDate proximityEnd = day0.plusDays(profile.value(PROXIMITY_DAY));
            if (c.state != CourseState.OUTPATIENT_PROXIMITY && ScheduleSource.within(discharge, from, to)) {
                out.add(ScheduleItem.onDay(c, EARLIEST_DISCHARGE, discharge, text.scheduleEarliestDischarge(),
                        text.scheduleEarliestDischargeDetail(profile.value(DISCHARGE_DAY))));
            }
            if (ScheduleSource.within(proximityEnd, from, to)) {
                out.add(ScheduleItem.onDay(c, PROXIMITY_END, proximityEnd, text.scheduleProximityEnd(),
                        text.scheduleProximityEndDetail(profile.value(PROXIMITY_DAY))));
            }
        }
        return out;
    }
}
