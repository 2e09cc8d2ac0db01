package org.cartflow.schedule;

import static org.cartflow.common.Role.*;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.cartflow.common.AccessHints;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Texts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Issue 22 item 4: personal calendar feeds a calendar app (Google Calendar, Outlook, Thunderbird) can subscribe to
 * without a bearer token. The URL's secret is the credential; the feed shows the schedule of its owner's sites, names
 * patients by initials with a link to the course page (which asks for a sign-in), and keeps each event's UID.
 */
@Path("/schedule/feeds")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Schedule")
public class ScheduleFeedResource {

    @Inject
    ScheduleFeeds feeds;

    @Inject
    ScheduleService schedule;

    @Inject
    Clock clock;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Operation(summary = "Create a personal calendar feed of your sites' schedule; the URL (with its secret) is shown "
            + "only in this answer")
    @APIResponseSchema(value = ScheduleFeedView.class, responseCode = "201", responseDescription = "Created")
    public Response create(@Context UriInfo uri) {
        ScheduleFeeds.Created c = feeds.create();
        String url = feeds.url(uri, c.secret());
        return Response.created(URI.create("/schedule/feeds/" + c.feed().id))
                .entity(ScheduleFeedView.of(c.feed(), url)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Operation(summary = "Your calendar feeds (without their secrets), revoked ones included")
    public List<ScheduleFeedView> mine() {
        return feeds.mine().stream().map(f -> ScheduleFeedView.of(f, null)).toList();
    }

    @DELETE
    @Path("{feedId: [0-9]+}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Operation(summary = "Revoke one of your calendar feeds: its URL answers 404 from now on")
    public ScheduleFeedView revoke(@PathParam("feedId") long feedId) {
        return ScheduleFeedView.of(feeds.revoke(feedId), null);
    }

    @GET
    @Path("{secret: [A-Za-z0-9_-]{43}}.ics")
    @Produces(ScheduleCalendarResource.TEXT_CALENDAR)
    @PermitAll
    @Operation(summary = "The feed a calendar app subscribes to (the secret in the URL is the credential): 90 days of "
            + "the owner's sites' schedule, patients by initials; weak ETag, If-None-Match answers 304")
    public Response calendar(@PathParam("secret") String secret, @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context UriInfo uri, @Context ContainerRequestContext request) {
        ScheduleFeed feed = feeds.live(secret).orElseThrow(
                () -> ProblemException.notFound(Texts.of(ScheduleText.class).feed(), "(this URL)"));
        request.setProperty(AccessHints.ACTOR, feed.owner + " (calendar feed " + feed.id + ")");
        request.setProperty(AccessHints.ROLE, feed.ownerRole);
        Schedule s = schedule.schedule(null, null, null, feed.siteSet());
        String link = feeds.base(uri);
        // the ETag ignores DTSTAMP (the time of this answer), so an unchanged schedule keeps its tag
        EntityTag tag = new EntityTag(ScheduleFeeds.hash(ICalendarWriter.write(s, Instant.EPOCH, link)).substring(0, 32),
                true);
        if (ifNoneMatch != null && ifNoneMatch.contains("\"" + tag.getValue() + "\"")) {
            return Response.notModified(tag).build();
        }
        return Response.ok(ICalendarWriter.write(s, clock.instant(), link),
                ScheduleCalendarResource.TEXT_CALENDAR + "; charset=utf-8").tag(tag)
                .header("Cache-Control", "private, max-age=300")
                .header("Content-Disposition", "inline; filename=\"cartflow-schedule.ics\"").build();
    }
}
