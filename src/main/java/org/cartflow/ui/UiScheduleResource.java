package org.cartflow.ui;

import static org.cartflow.common.Role.*;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Texts;
import org.cartflow.schedule.Schedule;
import org.cartflow.schedule.ScheduleFeeds;
import org.cartflow.schedule.ScheduleItem;
import org.cartflow.schedule.ScheduleService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The coordinator's week: every dated step of every active journey, Monday to Sunday, from the same schedule. */
@Path("/ui/schedule")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
public class UiScheduleResource {

    @Inject
    @Location("ui/schedule.html")
    Template weekPage;
    @Inject
    ScheduleService schedule;
    @Inject
    UiPages pages;
    @Inject
    Clock clock;
    @Inject
    ScheduleFeeds feeds;
    @ConfigProperty(name = "cartflow.hospital.zone")
    String hospitalZone;

    /** One day column of the week. */
    public record Day(LocalDate date, boolean today, List<ScheduleItem> items) {
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance week(@QueryParam("week") String week) {
        return weekOf(week).data("feedUrl", null).data("feedId", 0L);
    }

    /** Creates a personal calendar feed (as POST /schedule/feeds) and shows its address this once. */
    @POST
    @Path("feeds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance subscribe(@Context UriInfo uri) {
        ScheduleFeeds.Created c = feeds.create();
        return weekOf(null).data("feedUrl", feeds.url(uri, c.secret())).data("feedId", c.feed().id);
    }

    private TemplateInstance weekOf(String week) {
        LocalDate today = clock.instant().atZone(ZoneId.of(hospitalZone)).toLocalDate();
        LocalDate day;
        try {
            day = week == null || week.isBlank() ? today : LocalDate.parse(week);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("week", Texts.of(Msg.class).aDate());
        }
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Schedule s = schedule.schedule(monday.toString(), monday.plusDays(6).toString(), null);
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            days.add(new Day(d, d.equals(today), s.items().stream().filter(x -> x.date().equals(d)).toList()));
        }
        return pages.page(weekPage).data("days", days).data("monday", monday)
                .data("previous", monday.minusDays(7)).data("next", monday.plusDays(7));
    }
}
