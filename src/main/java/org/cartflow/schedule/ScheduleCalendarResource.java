package org.cartflow.schedule;

import static org.cartflow.common.Role.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The same schedule as an iCalendar feed (RFC 5545) a coordinator can subscribe to. */
@Path("/schedule.ics")
@Tag(name = "Schedule")
public class ScheduleCalendarResource {

    static final String TEXT_CALENDAR = "text/calendar";

    @Inject
    ScheduleService schedule;

    @Inject
    Clock clock;

    @GET
    @Produces(TEXT_CALENDAR)
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Operation(summary = "The schedule as text/calendar; same parameters as GET /schedule")
    public Response get(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("type") List<String> types) {
        String body = ICalendarWriter.write(schedule.schedule(from, to, types), clock.instant());
        return Response.ok(body, TEXT_CALENDAR + "; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"cartflow-schedule.ics\"").build();
    }
}
