package org.cartflow.journey;

import org.cartflow.kernel.CourseState;
import org.cartflow.kernel.Sex;
import java.time.LocalDate;
import java.util.List;

public record PatientView(long id, String mrn, String familyName, String givenName, LocalDate birthDate, Sex sex,
        String hospitalZone, String site, List<CourseSummary> courses) {

    public record CourseSummary(long id, CourseState state, Integer dayNumber) {
    }
}
