package org.cartflow.kernel;

import java.time.Instant;
import java.time.LocalDate;

/** What a guard sees: the course (with its patient) and the moment of the step. */
public record GuardContext(Course course, Instant now) {

    public long courseId() {
        return course.id;
    }

    public Patient patient() {
        return course.patient;
    }

    /** Today in the hospital's zone. */
    public LocalDate today() {
        return now.atZone(course.zone()).toLocalDate();
    }
}
