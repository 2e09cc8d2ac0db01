package org.cartflow.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import org.cartflow.apheresis.ApheresisCollection;
import org.cartflow.apheresis.ApheresisSlot;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
import org.cartflow.lymphodepletion.LdAdministration;
import org.cartflow.lymphodepletion.LdOrder;
import org.cartflow.monitoring.MonitoringService;
import org.cartflow.rules.LabelProfiles;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * A course's CarePlan: its dated steps as CartFlow plans them, each scheduled or completed: leukapheresis (the slot,
 * or the collection done), the three LD days of the open order, the infusion (planned day 0, or the day given), the
 * earliest discharge and the end of proximity (days from the course's label profile), and the follow-up visits.
 */
@ApplicationScoped
public class CarePlanResources {

    private static final EnumSet<CourseState> STILL_INPATIENT = EnumSet.of(CourseState.INFUSED,
            CourseState.INPATIENT_MONITORING);

    @Inject
    MonitoringService monitoring;
    @Inject
    LabelProfiles profiles;
    @Inject
    Clock clock;

    CarePlan carePlan(Course c) {
        ZoneId zone = c.zone();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        CarePlan plan = new CarePlan();
        plan.setId(String.valueOf(c.id));
        plan.setStatus(c.state.terminal() ? (c.infusedAt == null ? CarePlan.CarePlanStatus.REVOKED
                : CarePlan.CarePlanStatus.COMPLETED) : CarePlan.CarePlanStatus.ACTIVE);
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setTitle("CAR-T course " + c.id);
        plan.setSubject(new Reference("Patient/" + c.patient.id));
        plan.setPeriod(new Period().setStart(Date.from(c.createdAt)));
        if (c.closedAt != null) {
            plan.getPeriod().setEnd(Date.from(c.closedAt));
        }
        List<ApheresisCollection> collections = ApheresisCollection.ofCourse(c.id);
        if (!collections.isEmpty()) {
            ApheresisCollection last = collections.get(collections.size() - 1);
            activity(plan, CarePlanCodes.COLLECTION, CarePlanActivityStatus.COMPLETED,
                    new Period().setStart(Date.from(last.startedAt)).setEnd(Date.from(last.endedAt)));
        } else {
            ApheresisSlot.current(c.id).ifPresent(s -> activity(plan, CarePlanCodes.COLLECTION,
                    CarePlanActivityStatus.SCHEDULED, new Period().setStart(Date.from(s.startsAt))));
        }
        List<LdOrder> open = LdOrder.open(c.id);
        LdOrder order = LdOrder.verified(c.id).orElse(open.isEmpty() ? null : open.get(open.size() - 1));
        if (order != null) {
            List<LdAdministration> given = LdAdministration.list("orderId = ?1", order.id);
            for (int day = 1; day <= 3; day++) {
                int d = day;
                boolean done = given.stream().anyMatch(a -> a.ldDay == d);
                activity(plan, "ld-day-" + day, done ? CarePlanActivityStatus.COMPLETED
                        : CarePlanActivityStatus.SCHEDULED, onDay(order.dateOf(day)));
            }
        }
        if (c.infusedAt != null) {
            LocalDate day0 = c.infusedAt.atZone(zone).toLocalDate();
            activity(plan, CarePlanCodes.INFUSION, CarePlanActivityStatus.COMPLETED, onDay(day0));
            var profile = profiles.get(c.labelProfile);
            activity(plan, CarePlanCodes.EARLIEST_DISCHARGE, STILL_INPATIENT.contains(c.state)
                    ? CarePlanActivityStatus.SCHEDULED : CarePlanActivityStatus.COMPLETED,
                    onDay(day0.plusDays(profile.value("earliestDischargeDay"))));
            LocalDate proximityEnd = day0.plusDays(profile.value("proximityEndDay"));
            activity(plan, CarePlanCodes.PROXIMITY_END, today.isBefore(proximityEnd) ? CarePlanActivityStatus.SCHEDULED
                    : CarePlanActivityStatus.COMPLETED, onDay(proximityEnd));
            for (var visit : monitoring.followUp(c.id).calendar()) {
                activity(plan, CarePlanCodes.FOLLOW_UP, visit.responseRecorded() ? CarePlanActivityStatus.COMPLETED
                        : CarePlanActivityStatus.SCHEDULED, onDay(visit.due()))
                        .setDescription("Month " + visit.month() + (visit.overdue() ? ", overdue" : ""));
            }
        } else if (order != null) {
            activity(plan, CarePlanCodes.INFUSION, CarePlanActivityStatus.SCHEDULED, onDay(order.plannedInfusionOn));
        }
        return Narratives.generated(plan, "CAR-T course " + c.id + ": " + plan.getActivity().size() + " planned steps ("
                + String.join(", ", plan.getActivity().stream().map(a -> a.getDetail().getCode().getText()
                        + " " + a.getDetail().getStatus().toCode()).toList()) + ")");
    }

    private static Period onDay(LocalDate d) {
        return new Period().setStartElement(new DateTimeType(d.toString())).setEndElement(new DateTimeType(d.toString()));
    }

    private static CarePlan.CarePlanActivityDetailComponent activity(CarePlan plan, String code,
            CarePlanActivityStatus status, Period when) {
        String display = CarePlanCodes.DISPLAYS.get(code);
        return plan.addActivity().getDetail().setStatus(status)
                .setCode(new CodeableConcept(new Coding(FhirCodes.CARE_PLAN_STEP, code, display)).setText(display))
                .setScheduled(when);
    }
}
