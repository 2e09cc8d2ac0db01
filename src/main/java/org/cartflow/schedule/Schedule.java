package org.cartflow.schedule;

import java.time.LocalDate;
import java.util.List;

/** The coordinator's schedule for a date range: which step types it covers and the items, by date. */
public record Schedule(LocalDate from, LocalDate to, List<String> types, List<ScheduleItem> items) {
}
