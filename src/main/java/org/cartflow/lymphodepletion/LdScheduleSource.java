package org.cartflow.lymphodepletion;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
import org.cartflow.schedule.ScheduleItem;
import org.cartflow.schedule.ScheduleSource;

/** LD days -5, -4, -3 of the open order (after any plan move) and the planned infusion day 0 (LD-1). */
@ApplicationScoped
public class LdScheduleSource implements ScheduleSource {

    public static final List<String> LD_DAYS = List.of("LD_DAY_1", "LD_DAY_2", "LD_DAY_3");
    public static final String PLANNED_INFUSION = "PLANNED_INFUSION";
    private static final List<CourseState> BEFORE_INFUSION = List.of(CourseState.ELIGIBLE, CourseState.COLLECTION,
            CourseState.MANUFACTURING, CourseState.MANUFACTURING_FAILED, CourseState.PRODUCT_RECEIVED,
            CourseState.LYMPHODEPLETION, CourseState.INFUSION_READY);

    @Override
    public List<String> types() {
        List<String> out = new ArrayList<>(LD_DAYS);
        out.add(PLANNED_INFUSION);
        return out;
    }

    @Override
    public List<ScheduleItem> items(LocalDate from, LocalDate to) {
        var text = Texts.of(LymphodepletionText.class);
        List<ScheduleItem> out = new ArrayList<>();
        List<LdOrder> orders = LdOrder.list("""
                from LdOrder o where o.status in ?1 and o.plannedInfusionOn >= ?2 and o.ldDay1 <= ?3
                and exists (select 1 from Course c where c.id = o.courseId and c.state in ?4) order by o.courseId""",
                List.of(LdOrder.Status.PRESCRIBED, LdOrder.Status.VERIFIED), from, to, BEFORE_INFUSION);
        Map<Long, Course> courses = new HashMap<>();
        if (!orders.isEmpty()) {
            Course.<Course>list("from Course c join fetch c.patient where c.id in ?1",
                    orders.stream().map(o -> o.courseId).toList()).forEach(c -> courses.put(c.id, c));
        }
        for (LdOrder o : orders) {
            Course c = courses.get(o.courseId);
            for (int day = 1; day <= 3; day++) {
                LocalDate d = o.dateOf(day);
                if (ScheduleSource.within(d, from, to)) {
                    out.add(ScheduleItem.onDay(c, LD_DAYS.get(day - 1), d, text.scheduleLdDay(day, day - 6),
                            text.scheduleLdDoses(o.prescribedFluMg, o.prescribedCyMg, o.status)));
                }
            }
            if (ScheduleSource.within(o.plannedInfusionOn, from, to)) {
                out.add(ScheduleItem.onDay(c, PLANNED_INFUSION, o.plannedInfusionOn, text.schedulePlannedInfusion(),
                        text.schedulePlannedInfusionDetail()));
            }
        }
        return out;
    }
}
