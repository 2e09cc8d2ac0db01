package org.cartflow.journey;

import org.cartflow.kernel.CourseState;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the journey (patients, courses, transitions, overrides) says, in English; Japanese in
 * messages/journey_ja.properties. Obtained in the request's language with {@code Texts.of(JourneyText.class)}.
 */
@MessageBundle("journey")
public interface JourneyText {

    @Message("Course")
    String course();

    @Message("Patient")
    String patient();

    @Message("unknown transition; GET the course to see its next steps")
    String unknownTransition();

    @Message("Step not possible now")
    String titleStepNotPossible();

    @Message("'{transition}' applies from {from}; the course is {state}.")
    String stepAppliesFrom(String transition, String from, CourseState state);

    @Message("'{transition}' needs a reason")
    String reasonNeeded(String transition);

    @Message("'{transition}' is refused by {ruleIds}. Resolve each refusal (or, for a trial rule, a physician may override it with a reason).")
    String transitionRefused(String transition, String ruleIds);

    @Message("register patients")
    String registerPatients();

    @Message("not a time zone ID such as Asia/Tokyo")
    String notATimeZone();

    @Message("open a course")
    String openCourse();

    @Message("Patient {mrn} is recorded as deceased.")
    String patientDeceased(String mrn);

    @Message("Patient {mrn} already has an active course ({courseId}, {state}). Only one course of this product can be active.")
    String activeCourseExists(String mrn, Long courseId, CourseState state);

    @Message("A new course cannot be opened: {reason}")
    String courseCannotBeOpened(String reason);

    @Message("before 1900; check the year")
    String birthBefore1900();

    @Message("A patient with MRN {mrn} is already registered.")
    String mrnTaken(String mrn);

    @Message("record-death needs the date and time of death (occurredAt), which survival is counted to.")
    String timeOfDeathRequired();

    @Message("The time of death is in the future.")
    String timeOfDeathInFuture();

    @Message("The time of death is before this course was opened.")
    String timeOfDeathBeforeCourse();




    // label profiles

    @Message("move the course to another label profile")
    String actionMoveProfile();

    @Message("The label profile is fixed once the product is infused or the course is closed (state {state}).")
    String profileFixedAfterInfusion(CourseState state);

    @Message("no label profile {profile}; GET /label-profiles lists them")
    String noSuchProfile(String profile);

    @Message("{to} is not a newer profile of the same jurisdiction in force today than {from}")
    String profileNotNewerInForce(String to, String from);
}
