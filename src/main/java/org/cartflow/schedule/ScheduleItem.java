package org.cartflow.schedule;

import java.time.Instant;
import java.time.LocalDate;
import org.cartflow.kernel.Course;

/**
 * One dated step of a patient's journey on the coordinator's schedule. {@code date} is in the patient's hospital
 * zone; {@code startsAt} is set when the step has a time (e.g. a leukapheresis slot), {@code durationMinutes} then
 * says how long it is booked for.
 */
public record ScheduleItem(String uid, String type, LocalDate date, Instant startsAt, String startsAtLocal,
        Integer durationMinutes, long courseId, long patientId, String mrn, String patientName, String courseState,
        String summary, String detail) {

    /** An all-day item of a course. */
    public static ScheduleItem onDay(Course c, String type, LocalDate date, String summary, String detail) {
        return new ScheduleItem(uid(c, type), type, date, null, null, null, c.id, c.patient.id, c.patient.mrn,
                c.patient.familyName + " " + c.patient.givenName, c.state.name(), summary, detail);
    }

    /** An item at a time of day, booked for {@code minutes}. */
    public static ScheduleItem at(Course c, String type, Instant startsAt, int minutes, String summary, String detail) {
        var local = startsAt.atZone(c.zone());
        return new ScheduleItem(uid(c, type), type, local.toLocalDate(), startsAt,
                local.toOffsetDateTime().toString(), minutes, c.id, c.patient.id, c.patient.mrn,
                c.patient.familyName + " " + c.patient.givenName, c.state.name(), summary, detail);
    }

    /** Stable per course and step type, so a calendar client updates the event when its date moves. */
    private static String uid(Course c, String type) {
        return "course-" + c.id + "-" + type.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "@cartflow";
    }
}
