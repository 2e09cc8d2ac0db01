package org.cartflow.bridging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
import org.cartflow.schedule.ScheduleItem;
import org.cartflow.rules.LabelProfiles;
import org.cartflow.schedule.ScheduleSource;

/** End of the bridging washout (earliest LD start, BRG-2) and the planned LD day 1 of courses before LD. */
@ApplicationScoped
public class BridgingScheduleSource implements ScheduleSource {

    @Inject
    LabelProfiles profiles;

    public static final String BRIDGING_WASHOUT_END = "BRIDGING_WASHOUT_END";
    public static final String PLANNED_LD_DAY1 = "PLANNED_LD_DAY1";
    private static final List<CourseState> BEFORE_LD = List.of(CourseState.ELIGIBLE, CourseState.COLLECTION,
            CourseState.MANUFACTURING, CourseState.MANUFACTURING_FAILED, CourseState.PRODUCT_RECEIVED);

    @Override
    public List<String> types() {
        return List.of(BRIDGING_WASHOUT_END, PLANNED_LD_DAY1);
    }

    @Override
    public List<ScheduleItem> items(LocalDate from, LocalDate to) {
        var text = Texts.of(BridgingText.class);
        List<ScheduleItem> out = new ArrayList<>();
        List<Course> courses = Course.list("""
                select distinct c from Course c where c.state in ?1 and (
                exists (select 1 from BridgingDose d where d.courseId = c.id)
                or exists (select 1 from LdPlan p where p.courseId = c.id)) order by c.id""", BEFORE_LD);
        for (Course c : courses) {
            int days = BridgingDose.washoutDays(profiles.get(c.labelProfile));
            BridgingDose.earliestLdStart(c.id, days).filter(d -> ScheduleSource.within(d, from, to))
                    .ifPresent(d -> out.add(ScheduleItem.onDay(c, BRIDGING_WASHOUT_END, d,
                            text.scheduleWashoutEnds(),
                            text.scheduleWashoutEndsDetail(d.minusDays(days)))));
            LdPlan.current(c.id).filter(p -> ScheduleSource.within(p.plannedDay1, from, to))
                    .ifPresent(p -> out.add(ScheduleItem.onDay(c, PLANNED_LD_DAY1, p.plannedDay1,
                            text.schedulePlannedLdDay1(), text.schedulePlannedLdDay1Detail(p.recordedBy))));
        }
        return out;
    }
}
