package org.cartflow.ui;

import static org.cartflow.support.Api.*;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.cartflow.support.Browser;
import org.cartflow.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The pharmacy bench and the bedside tablet in a real headless Chromium against the real backend. */
@QuarkusTest
class UiBedsideAndPharmacyBrowserTest {

    @OidcWireMock
    WireMockServer oidc;

    @TestHTTPResource("/")
    URL root;

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    /** Submits the current step's form and waits for the page that confirms it. */
    private static void submit(Browser b, String formId, String recorded) {
        var page = b.driver.findElement(By.tagName("html"));
        b.driver.findElement(By.cssSelector("#" + formId + " button[type=submit]")).click();
        var wait = new WebDriverWait(b.driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        // the old page is gone once its root element no longer answers (stale, or no longer in any document)
        wait.until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        wait.until(d -> !d.findElements(By.id("recorded")).isEmpty() || !d.findElements(By.id("refusal")).isEmpty());
        var refused = b.driver.findElements(By.id("refusal"));
        if (!refused.isEmpty()) {
            fail("refused: " + refused.get(0).getText());
        }
        String ok = b.driver.findElement(By.id("recorded")).getText();
        assertTrue(ok.contains(recorded), ok);
    }

    /** A CartFlow label as a keyboard-wedge scanner types it: MRN|family|given|birth date|COI[|bag]. */
    private static String label(Map<String, Object> id, String bagCode) {
        String s = id.get("mrn") + "|" + id.get("familyName") + "|" + id.get("givenName") + "|" + id.get("birthDate")
                + "|" + id.get("chainOfIdentityId");
        return bagCode == null ? s : s + "|" + bagCode;
    }

    @Test
    void ld3ThePharmacistIsWarnedWhenThePrescribersMethodChangesTheDoseFromTheSiteDefault() throws Exception {
        long course = eligibleCourse();
        String ld = "/courses/" + course + "/lymphodepletion/";
        nurse().body(assessmentBody(170, 70, 1.0, "MG_DL")).post(ld + "assessments").then().statusCode(201);
        // DuBois 0.007184 x 70^0.425 x 170^0.725 = 1.81 m2 -> fludarabine 30 x 1.81 = 54.3 mg; the site default,
        // Mosteller sqrt(170 x 70 / 3600) = 1.82 m2, gives 54.6 mg: the method choice changes the dose
        long order = physician().body(Map.of("ldDay1", LocalDate.now(TOKYO).plusDays(1).toString(),
                        "options", Map.of("bsaMethod", "DUBOIS"))).post(ld + "orders").then().statusCode(201)
                .extract().jsonPath().getLong("orders[-1].id");
        Browser.nextLoginIs(oidc, "pharm-lee", "pharmacist");
        try (Browser b = Browser.start("en")) {
            b.open(url("/ui/courses/" + course + "/ld-orders/" + order));
            String warning = b.waitFor(By.id("method-changes-dose")).getText();
            assertFalse(warning.isBlank(), "the dose-changing method is flagged");
            assertTrue(b.driver.findElement(By.id("site-default")).getText().contains("54.6"),
                    b.driver.findElement(By.id("site-default")).getText());
            b.assertAccessible("pharmacist-method-warning");
        }
    }

    /** Issue 20 item 3: the UI session is older than five minutes; signing asks for the password again first. */
    @Test
    void aSignatureOnAnOldSessionIsRefusedUntilThePharmacistSignsInAgain() throws Exception {
        long course = eligibleCourse();
        long order = prescribedLdOrder(course, LocalDate.now(TOKYO).plusDays(1));
        Browser.nextLoginIs(oidc, Instant.now().minusSeconds(900), "pharm-lee", "pharmacist");
        try (Browser b = Browser.start("en")) {
            b.open(url("/ui/courses/" + course + "/ld-orders/" + order));
            b.driver.findElement(By.cssSelector("#verify-form button[type=submit]")).click();
            String refusal = b.waitFor(By.id("refusal")).getText();
            assertTrue(refusal.contains("Sign in again") && refusal.contains("verified LD doses"), refusal);
            assertEquals("PRESCRIBED", b.driver.findElement(By.id("order-status")).getText());
            b.assertAccessible("sign-in-again");
            Browser.nextLoginIs(oidc, "pharm-lee", "pharmacist");
            b.driver.findElement(By.cssSelector("#sign-in-again button")).click();
            b.signInIfAsked();
            b.waitFor(By.id("verify-form"));
            assertEquals("PRESCRIBED", b.driver.findElement(By.id("order-status")).getText());
            submit(b, "verify-form", "verified LD doses");
            String signature = b.driver.findElement(By.id("signature")).getText();
            assertTrue(signature.contains("Pharm-lee Tester") && signature.contains("pharmacist")
                    && signature.contains("verified LD doses"), signature);
        }
    }

    @Test
    void pharmacistVerifiesAnLdOrderSeeingTheArithmetic() throws Exception {
        long course = eligibleCourse();
        String ld = "/courses/" + course + "/lymphodepletion/";
        long order = prescribedLdOrder(course, LocalDate.now(TOKYO).plusDays(1));
        Browser.nextLoginIs(oidc, "pharm-lee", "pharmacist");
        try (Browser b = Browser.start("en")) {
            b.open(url("/ui/pharmacy"));
            b.assertAccessible("pharmacy-queue");
            b.driver.findElement(By.cssSelector("tr[data-order='" + order + "'] a")).click();
            String arithmetic = b.waitFor(By.id("arithmetic")).getText();
            assertTrue(arithmetic.contains("BSA") && arithmetic.contains("CrCl (Cockcroft-Gault)"), arithmetic);
            assertTrue(b.driver.findElement(By.id("inputs")).getText().contains("70"), "weight shown");
            assertEquals("entered by hand", b.driver.findElement(By.id("creatinine-source")).getText());
            String doses = b.driver.findElement(By.id("doses")).getText();
            assertTrue(doses.contains("fludarabine") && doses.contains("0.0 %") && doses.contains("OK"), doses);
            // LD-3: the site's default method beside the prescriber's; the same choices here, so no warning
            String site = b.driver.findElement(By.id("site-default")).getText();
            assertTrue(site.contains("The site's default method") && site.contains("CrCl"), site);
            assertTrue(b.driver.findElements(By.id("method-changes-dose")).isEmpty(), "no dose-changing method");
            assertEquals("PRESCRIBED", b.driver.findElement(By.id("order-status")).getText());
            b.screenshot("pharmacist-verification");
            b.assertAccessible("pharmacist-verification");
            b.assertKeyboardReachable("pharmacist-verification");
            submit(b, "verify-form", "verified LD doses");
            assertEquals("VERIFIED", b.driver.findElement(By.id("order-status")).getText());
            assertTrue(b.driver.findElement(By.id("signature")).getText().contains("pharm-lee"));
            // the week view shows the verified order's LD days and the planned infusion
            LocalDate day1 = LocalDate.now(TOKYO).plusDays(1);
            b.open(url("/ui/schedule?week=" + day1));
            String day = b.waitFor(By.cssSelector("section[data-date='" + day1 + "']")).getText();
            assertFalse(b.driver.findElements(By.cssSelector("section[data-date='" + day1 + "'] .item[data-course='"
                    + course + "'][data-type='LD_DAY_1']")).isEmpty(), day);
            b.open(url("/ui/schedule?week=" + day1.plusDays(5)));
            assertFalse(b.driver.findElements(By.cssSelector("section[data-date='" + day1.plusDays(5)
                    + "'] .item[data-course='" + course + "'][data-type='PLANNED_INFUSION']")).isEmpty());
            b.screenshot("schedule-week");
            b.assertAccessible("schedule-week");
            // subscribing from the week page shows the personal feed's address once; a calendar app reads it untokened
            b.driver.findElement(By.cssSelector("#subscribe-form button")).click();
            String feed = b.waitFor(By.id("feed-url")).getAttribute("value");
            assertTrue(feed.matches("http://.+/schedule/feeds/[A-Za-z0-9_-]{43}\\.ics"), feed);
            String ics = io.restassured.RestAssured.given().get(feed.substring(feed.indexOf("/schedule/feeds/")))
                    .then().statusCode(200).extract().asString();
            assertTrue(ics.contains("UID:course-" + course + "-ld-day-1@cartflow"), ics);
            // the board's "due this week" filter keeps the journey (LD day 1 tomorrow); "due today" does not
            b.open(url("/ui/board?due=week"));
            String due = b.waitFor(By.cssSelector("tr[data-course='" + course + "'] td.due")).getText();
            assertTrue(due.contains(day1.toString()) && due.contains("LD day 1"), due);
            b.open(url("/ui/board?due=today"));
            assertTrue(b.driver.findElements(By.cssSelector("tr[data-course='" + course + "']")).isEmpty());
        }
        pharmacist().get(ld).then().body("orders[0].status", org.hamcrest.Matchers.is("VERIFIED"))
                .body("orders[0].verifiedBy", org.hamcrest.Matchers.is("pharm-lee"));
    }

    @Test
    void thePharmacistSeesThatTheCreatinineCameFromTheLabSystem() throws Exception {
        long course = eligibleCourse();
        long patient = coordinator().get("/courses/" + course).then().statusCode(200).extract().jsonPath()
                .getLong("patient.id");
        io.restassured.RestAssured.given().header("Authorization", "Bearer "
                + org.cartflow.support.Tokens.of("nurse-kim", "nurse")).contentType("application/fhir+json")
                .body(labResult(patient, "2160-0", 1.1, "mg/dL", Instant.now().minus(java.time.Duration.ofHours(20))))
                .post("/fhir/Observation").then().statusCode(201);
        String ld = "/courses/" + course + "/lymphodepletion/";
        Map<String, Object> assessment = new java.util.HashMap<>(assessmentBody(170, 70, 1.0, "MG_DL"));
        assessment.remove("creatinine");
        assessment.remove("creatinineMeasuredOn");
        nurse().body(assessment).post(ld + "assessments").then().statusCode(201);
        long order = physician().body(Map.of("ldDay1", LocalDate.now(TOKYO).plusDays(1).toString()))
                .post(ld + "orders").then().statusCode(201).extract().jsonPath().getLong("orders[-1].id");
        Browser.nextLoginIs(oidc, "pharm-lee", "pharmacist");
        try (Browser b = Browser.start("en")) {
            b.open(url("/ui/pharmacy"));
            b.driver.findElement(By.cssSelector("tr[data-order='" + order + "'] a")).click();
            String inputs = b.waitFor(By.id("inputs")).getText();
            assertTrue(inputs.contains("1.1"), inputs);
            String source = b.driver.findElement(By.id("creatinine-source")).getText();
            assertTrue(source.startsWith("from the lab: lab result #") && source.contains(LAB_SYSTEM), source);
        }
    }

    @Test
    void nurseIsStoppedByAMismatchingLabelThenGivesAOneBagInfusion() throws Exception {
        long course = courseReadyForInfusion(clock);
        Instant p = LocalDate.now(TOKYO).plusDays(8).atTime(9, 0).atZone(TOKYO).toInstant();
        Map<String, Object> id = patientIdentifiers(course);
        var bag = nurse().get("/courses/" + course + "/infusion").then().extract().jsonPath();
        String code = bag.getString("bags[0].bagCode");
        Browser.nextLoginIs(oidc, "nurse-kim", "nurse");
        try (Browser b = Browser.start("en")) {
            // today's check through the form: without emergency measures ready it is recorded but not clear
            clock.set(p.minus(Duration.ofMinutes(60)));
            postponedIfAfterDayZero(course);
            b.open(url("/ui/courses/" + course + "/infusion"));
            for (String[] f : new String[][] { { "temperatureC", "36.7" }, { "heartRate", "74" }, { "systolicBp", "118" },
                    { "diastolicBp", "72" }, { "spo2", "98" }, { "respiratoryRate", "14" } }) {
                b.driver.findElement(By.cssSelector("#readiness-form input[name='" + f[0] + "']")).sendKeys(f[1]);
            }
            b.driver.findElement(By.id("emergency-ready")).click();
            submit(b, "readiness-form", "readiness");
            assertTrue(b.driver.findElement(By.id("readiness")).getText().contains("Clear"));
            clock.set(p);
            b.open(url("/ui/courses/" + course + "/infusion"));
            submit(b, "premed-form", "premedication");
            assertTrue(b.driver.findElement(By.id("premed-earliest")).getText().matches("\\d+:\\d\\d"));
            // a cassette of someone else: refused, unmistakably, and nothing recorded
            Map<String, Object> other = new java.util.HashMap<>(id);
            other.put("mrn", "MRN-NOT-THIS-ONE");
            b.driver.findElement(By.id("scan1")).sendKeys(label(other, code) + "\n");
            b.driver.findElement(By.id("scan2")).sendKeys(label(id, code) + "\n");
            String stop = b.waitFor(By.id("mismatch")).getText();
            assertTrue(stop.contains("MISMATCH"), stop);
            assertTrue(b.driver.findElement(By.id("refusal")).getText().contains("INF-4"));
            // the same verdict beside the scan fields, where the nurse is looking
            assertTrue(b.driver.findElement(By.id("step-refusal")).getText().contains("MISMATCH"));
            assertTrue(b.driver.findElement(By.id("incidents")).getText().contains("MRN-NOT-THIS-ONE"));
            b.screenshot("bedside-mismatch");
            b.assertAccessible("bedside-mismatch");
            b.assertKeyboardReachable("bedside-mismatch");
            b.driver.findElement(By.id("scan1")).sendKeys(label(id, code) + "\n");
            b.driver.findElement(By.id("scan2")).sendKeys(label(id, code));
            submit(b, "step-form", "identity-check");
            // the second person signs in their own session and checks the same labels again
            Browser.nextLoginIs(oidc, "nurse-ito", "nurse");
            try (Browser second = Browser.start("en")) {
                second.open(url("/ui/courses/" + course + "/infusion"));
                assertEquals("identity-cosign", second.driver.findElement(By.cssSelector("#steps li.current"))
                        .getAttribute("data-step"));
                second.driver.findElement(By.id("scan1")).sendKeys(label(id, code) + "\n");
                second.driver.findElement(By.id("scan2")).sendKeys(label(id, code));
                submit(second, "step-form", "identity-cosign");
            }
            b.open(url("/ui/courses/" + course + "/infusion"));
            assertEquals("inspection", b.driver.findElement(By.cssSelector("#steps li.current")).getAttribute(
                    "data-step"));
            b.driver.findElement(By.id("intact")).click();
            submit(b, "step-form", "inspection");
            clock.set(p.plus(Duration.ofMinutes(20)));
            submit(b, "step-form", "thaw-start");
            clock.set(p.plus(Duration.ofMinutes(23)));
            b.driver.findElement(By.id("thawed")).click();
            submit(b, "step-form", "thaw-complete");
            b.driver.findElement(By.id("primed")).click();
            submit(b, "step-form", "line-setup");
            b.driver.findElement(By.id("scan1")).sendKeys(label(id, code) + "\n");
            b.driver.findElement(By.id("scan2")).sendKeys(label(id, null));
            submit(b, "step-form", "bedside-identity-check");
            assertTrue(b.driver.findElement(By.id("thaw-countdown")).getText().matches("5\\d:\\d\\d"),
                    b.driver.findElement(By.id("thaw-countdown")).getText());
            clock.set(p.plus(Duration.ofMinutes(35)));
            submit(b, "step-form", "infusion-start");
            assertEquals("INFUSING", b.driver.findElement(By.id("bag-state")).getText());
            b.screenshot("bedside-infusing");
            b.assertAccessible("bedside-infusing");
            clock.set(p.plus(Duration.ofMinutes(45)));
            b.driver.findElement(By.id("fullVolume")).click();
            submit(b, "step-form", "infusion-end");
            submit(b, "step-form", "back-prime");
            b.driver.findElement(By.id("waste")).click();
            submit(b, "step-form", "disposal");
            b.open(url("/ui/courses/" + course));
            // the journey page flags the identity incident
            String flags = b.driver.findElement(By.id("flags")).getText();
            assertTrue(flags.contains("INF-4") && flags.contains("identity incident"), flags);
            b.assertAccessible("journey-page-flags");
            b.driver.findElement(By.cssSelector("form[data-transition='record-infusion'] button")).click();
            new WebDriverWait(b.driver, Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("state")).getText().equals("INFUSED"));
        }
        nurse().get("/courses/" + course).then().body("infusedAt",
                org.hamcrest.Matchers.is(p.plus(Duration.ofMinutes(45)).toString()));
        physician().get("/courses/" + course + "/audit").then()
                .body("find { it.action == 'infusion.bag.thaw-start' }.actor", org.hamcrest.Matchers.is("nurse-kim"))
                .body("find { it.action == 'infusion.bag.identity-cosign' }.actor", org.hamcrest.Matchers.is("nurse-ito"))
                .body("findAll { it.action == 'infusion.identity.mismatch' }", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void nurseEntersVitalsAndSeesTheCrsGradeChangeBeforeRecording() throws Exception {
        long course = courseReadyForInfusion(clock);
        Instant infusion = LocalDate.now(TOKYO).plusDays(9).atTime(10, 0).atZone(TOKYO).toInstant();
        infuse(course, clock, infusion);
        transition(course, "admit-for-monitoring", nurse());
        clock.set(infusion.plus(Duration.ofHours(30)));
        Browser.nextLoginIs(oidc, "nurse-kim", "nurse");
        try (Browser b = Browser.start("en")) {
            b.open(url("/ui/courses/" + course + "/monitoring"));
            WebDriverWait wait = new WebDriverWait(b.driver, Duration.ofSeconds(10));
            assertTrue(b.driver.findElement(By.id("missing")).getText().contains("Day 0"), "day 0 has no assessment");
            wait.until(d -> d.findElement(By.id("ice-live")).getText().equals("10"));
            assertEquals("0", b.driver.findElement(By.id("crs-live")).getText());
            var temperature = b.driver.findElement(By.id("temperatureC"));
            temperature.clear();
            temperature.sendKeys("38.6");
            wait.until(d -> d.findElement(By.id("crs-live")).getText().equals("1"));
            b.driver.findElement(By.id("hypotension")).click();
            wait.until(d -> d.findElement(By.id("crs-live")).getText().equals("2"));
            var orientation = b.driver.findElement(By.id("orientation"));
            orientation.clear();
            orientation.sendKeys("1");
            wait.until(d -> d.findElement(By.id("ice-live")).getText().equals("7")
                    && d.findElement(By.id("icans-live")).getText().equals("1"));
            b.screenshot("monitoring-live-grade");
            b.assertAccessible("monitoring-live-grade");
            b.assertKeyboardReachable("monitoring-live-grade");
            // nothing is saved until the nurse records it
            nurse().get("/courses/" + course + "/monitoring").then().body("assessments", org.hamcrest.Matchers.empty());
            // "happened at" offers now in the hospital's zone; left as it is, the assessment is timed at submission
            assertEquals(java.time.LocalDateTime.ofInstant(clock.instant(), TOKYO)
                    .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString(), b.driver.findElement(
                            By.cssSelector("#assessment-form input[name='happenedAt']")).getAttribute("value"));
            submit(b, "assessment-form", "assessment");
            assertTrue(b.driver.findElement(By.id("assessments")).getText().contains("38.6"));
            // an assessment done 40 minutes ago, entered now: the time it happened and why it is late
            var happened = b.driver.findElement(By.cssSelector("#assessment-form input[name='happenedAt']"));
            ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript("arguments[0].value = arguments[1]",
                    happened, java.time.LocalDateTime.ofInstant(clock.instant().minus(Duration.ofMinutes(40)), TOKYO)
                            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString());
            b.driver.findElement(By.cssSelector("#assessment-form input[name='lateEntryReason']"))
                    .sendKeys("charted after the rapid response");
            submit(b, "assessment-form", "assessment");
        }
        nurse().get("/courses/" + course + "/monitoring").then()
                .body("assessments[1].crsGrade", org.hamcrest.Matchers.is(2))
                .body("assessments[1].icansGrade", org.hamcrest.Matchers.is(1))
                .body("assessments[1].recordedBy", org.hamcrest.Matchers.is("nurse-kim"))
                .body("assessments[1].assessedAt", org.hamcrest.Matchers.is(clock.instant().toString()))
                .body("lateEntries", org.hamcrest.Matchers.hasSize(1))
                .body("lateEntries[0].delayMinutes", org.hamcrest.Matchers.is(40))
                .body("lateEntries[0].reason", org.hamcrest.Matchers.containsString("rapid response"));
    }
}
