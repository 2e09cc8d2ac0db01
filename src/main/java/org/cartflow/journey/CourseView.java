package org.cartflow.journey;

import org.cartflow.kernel.CourseState;
import org.cartflow.kernel.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cartflow.audit.SignatureView;
import org.cartflow.common.Problem;

/**
 * A journey as the API shows it: state, day number once infused, what can happen next, and the signatures on the
 * course itself (a discharge).
 */
public record CourseView(long id, PatientRef patient, CourseState state, long version, Instant createdAt,
        Instant updatedAt, Instant infusedAt, String infusedAtLocal, Integer dayNumber, String hospitalZone,
        java.math.BigDecimal infusedDoseMillions, Instant diedAt, LabelProfileRef labelProfile,
        List<NextStep> nextSteps, List<SignatureView> signatures) {

    /** The label version this course is judged by. */
    public record LabelProfileRef(String id, String jurisdiction, String version) {
    }

    public record PatientRef(long id, String mrn, String familyName, String givenName, LocalDate birthDate, Sex sex) {
    }

    /**
     * A transition available from the current state. {@code yourRoleMayTake} says whether the caller's role allows
     * it; {@code refusals} lists the rules that block it now (empty when it can be taken).
     */
    public record NextStep(String transition, CourseState to, List<String> roles, boolean yourRoleMayTake,
            boolean reasonRequired, boolean blocked, List<Problem.Refusal> refusals) {
    }
}
