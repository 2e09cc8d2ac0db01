package org.cartflow.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * A stage's contribution to the coordinator's schedule. Each stage package provides one bean; later stages (LD,
 * infusion, monitoring) add theirs and their items appear in GET /schedule and the iCalendar feed.
 */
public interface ScheduleSource {

    /** The step types this source produces, e.g. COLLECTION. */
    List<String> types();

    /** Items of active courses dated {@code from} to {@code to} inclusive (dates in each patient's hospital zone). */
    List<ScheduleItem> items(LocalDate from, LocalDate to);

    static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }
}
