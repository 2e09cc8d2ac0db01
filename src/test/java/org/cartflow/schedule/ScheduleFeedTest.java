package org.cartflow.schedule;

import static io.restassured.RestAssured.given;
import static org.cartflow.support.Api.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.cartflow.common.Role;
import org.cartflow.support.Superuser;
import org.cartflow.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 item 4: a personal calendar feed, read with a real iCalendar parser (ical4j): subscribable without a
 * token, the owner's sites only, initials and a link instead of MRN and name, stable UIDs and ETag, revocable, the
 * secret stored hashed.
 */
@QuarkusTest
class ScheduleFeedTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static long courseWithSlot(io.restassured.specification.RequestSpecification coordinator, long course) {
        recordApheresisWorkUp(course);
        coordinator.body(Map.of("date", LocalDate.now(TOKYO).plusDays(12).toString(), "time", "10:00", "unit",
                "Apheresis 3F")).put("/courses/" + course + "/apheresis/slot").then().statusCode(200);
        return course;
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static Set<String> uids(Calendar c) {
        return c.<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.<net.fortuna.ical4j.model.property.Uid>getProperty(Property.UID).orElseThrow().getValue())
                .collect(Collectors.toSet());
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/schedule/feeds/"));
    }

    @Test
    void aSubscribedFeedShowsTheOwnersSitesByInitialsWithStableUidsUntilRevoked() throws Exception {
        long mine = courseWithSlot(coordinator(), eligibleCourse());
        String mrn = coordinator().get("/courses/" + mine).then().extract().path("patient.mrn");

        Response created = nurse().post("/schedule/feeds").then().statusCode(201).extract().response();
        String url = created.path("url");
        long feedId = created.jsonPath().getLong("id");
        assertTrue(url.matches("http://.+/schedule/feeds/[A-Za-z0-9_-]{43}\\.ics"), url);

        Response first = given().get(path(url)).then().statusCode(200).extract().response();
        assertTrue(first.contentType().startsWith("text/calendar"), first.contentType());
        String body = first.asString();
        Calendar calendar = parse(body);
        String uid = "course-" + mine + "-collection@cartflow";
        assertTrue(uids(calendar).contains(uid), body);
        VEvent event = calendar.<VEvent>getComponents("VEVENT").stream().filter(e -> e.getProperty(Property.UID)
                .orElseThrow().getValue().equals(uid)).findFirst().orElseThrow();
        assertTrue(event.getProperty(Property.SUMMARY).orElseThrow().getValue().endsWith(" - Y.H."),
                event.toString());
        assertTrue(event.getProperty(Property.URL).orElseThrow().getValue().endsWith("/ui/courses/" + mine),
                event.toString());
        assertFalse(body.contains(mrn), "no MRN in a feed");
        assertFalse(body.contains("Yamada") || body.contains("Hanako"), "no name in a feed");

        // unchanged schedule: same UIDs, same (weak) ETag, and a conditional request is a 304
        Response second = given().get(path(url)).then().statusCode(200).extract().response();
        assertEquals(uids(calendar), uids(parse(second.asString())));
        String etag = first.header("ETag");
        assertNotNull(etag);
        assertEquals(etag, second.header("ETag"));
        given().header("If-None-Match", etag).get(path(url)).then().statusCode(304);

        // only the owner lists and revokes it; then the URL is gone
        assertTrue(nurse().get("/schedule/feeds").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.url == null }.id", Long.class).contains(feedId));
        as("nurse-other", Role.NURSE).delete("/schedule/feeds/" + feedId).then().statusCode(404);
        nurse().delete("/schedule/feeds/" + feedId).then().statusCode(200);
        given().get(path(url)).then().statusCode(404);
    }

    @Test
    void aFeedKeepsToItsOwnersSitesAndItsSecretIsStoredHashed() throws Exception {
        long mine = courseWithSlot(coordinator(), eligibleCourse());
        var otherCoordinator = given().header("Authorization", "Bearer "
                + Tokens.atSite("site-b", "coord-b", Role.COORDINATOR)).contentType("application/json");
        long patientB = otherCoordinator.body(patientBody(newMrn(), "FEMALE")).post("/patients").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long theirs = otherCoordinator.post("/patients/" + patientB + "/courses").then().statusCode(201).extract()
                .jsonPath().getLong("id");

        String url = coordinator().post("/schedule/feeds").then().statusCode(201).extract().path("url");
        Set<String> uids = uids(parse(given().get(path(url)).then().statusCode(200).extract().asString()));
        assertTrue(uids.contains("course-" + mine + "-collection@cartflow"));
        assertTrue(uids.stream().noneMatch(u -> u.startsWith("course-" + theirs + "-")), uids.toString());

        String secret = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        try (Connection c = Superuser.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select secret_hash from schedule_feed")) {
            List<String> hashes = new java.util.ArrayList<>();
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
            assertTrue(hashes.contains(ScheduleFeeds.hash(secret)));
            assertFalse(hashes.contains(secret));
        }
        given().get("/schedule/feeds/" + "A".repeat(43) + ".ics").then().statusCode(404);
        admin().post("/schedule/feeds").then().statusCode(403);
        given().header("Authorization", "Bearer " + Tokens.withoutSite("nurse-nowhere", Role.NURSE))
                .contentType("application/json").post("/schedule/feeds").then().statusCode(403);
    }
}
