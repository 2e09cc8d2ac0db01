package org.cartflow.schedule;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What the schedule says, in English; Japanese in messages/schedule_ja.properties. */
@MessageBundle("schedule")
public interface ScheduleText {

    @Message("is before from")
    String toBeforeFrom();

    @Message("a schedule covers at most {max} days")
    String tooManyDays(int max);

    @Message("'{type}' is not a step type; use one of {known}")
    String unknownType(String type, String known);

    @Message("an ISO date such as 2026-12-01")
    String anIsoDate();

    @Message("subscribe to the schedule")
    String subscribeToTheSchedule();

    @Message("Calendar feed")
    String feed();
}
