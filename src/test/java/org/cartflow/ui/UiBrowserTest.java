package org.cartflow.ui;

import static org.cartflow.support.Api.*;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import java.net.URL;
import org.cartflow.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The UI in a real headless Chromium against the real backend, with the OIDC code-flow login. */
@QuarkusTest
class UiBrowserTest {

    @OidcWireMock
    WireMockServer oidc;

    @TestHTTPResource("/")
    URL root;

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    @Test
    void coordinatorSeesABlockedStepWithItsRuleId() throws Exception {
        long course = courseInScreening("FEMALE");
        Browser.nextLoginIs(oidc, "coord-ann", "coordinator");
        try (Browser b = Browser.start("en")) {
            b.open(url("/ui/board"));
            WebElement row = b.waitFor(By.cssSelector("tr[data-course='" + course + "']"));
            String text = row.getText();
            assertTrue(text.contains("declare-eligible"), text);
            assertTrue(text.contains("Blocked"), text);
            assertTrue(text.contains("SITE-1") && text.contains("ELIG-3") && text.contains("CONSENT-1"), text);
            assertTrue(text.contains("Not your role"), text);
            assertFalse(text.contains("講習"), "no Japanese rule text in the English UI");
            assertEquals("coord-ann", b.driver.findElement(By.id("user")).getText());
            b.screenshot("coordinator-board");
            b.assertAccessible("coordinator-board");
            b.assertKeyboardReachable("coordinator-board");

            b.open(url("/ui/courses/" + course));
            assertEquals("SCREENING", b.driver.findElement(By.id("state")).getText());
            // the label version this course is judged by (issue 19): opened today in Japan
            assertEquals("JP 2023-12-06", b.driver.findElement(By.id("label-profile")).getText());
            // a coordinator cannot declare eligibility: no such action is offered
            assertTrue(b.driver.findElements(By.cssSelector("form[data-transition='declare-eligible']")).isEmpty());
            assertFalse(b.driver.findElements(By.cssSelector("form[data-transition='withdraw']")).isEmpty());
            assertTrue(b.driver.findElement(By.id("checks")).getText().contains("HYPERSENS-1"));
            assertTrue(b.driver.findElement(By.id("audit")).getText().contains("transition.start-screening"));
            b.screenshot("journey-page");
            b.assertAccessible("journey-page");
        }
    }

    /** AUTOLOGOUS-1: an identity change the EHR sent after collection waits on the journey page for the coordinator. */
    @Test
    void theCoordinatorDecidesAHeldIdentityChangeOnTheJourneyPage() throws Exception {
        long course = courseInCollection();
        recordCollectionAndShipment(course);
        var patient = coordinator().get("/courses/" + course).then().statusCode(200).extract().jsonPath();
        long patientId = patient.getLong("patient.id");
        String mrn = patient.getString("patient.mrn");
        java.util.Map<String, Object> adt = adtPatient(patient.getString("patient.familyName"),
                patient.getString("patient.givenName"), "1961-04-12",
                patient.getString("patient.sex").toLowerCase(java.util.Locale.ROOT));
        sendAdt(mrn, adt).then().statusCode(200);
        long change = nurse().get("/patients/" + patientId + "/demographic-changes").then().statusCode(200).extract()
                .jsonPath().getLong("find { it.status == 'HELD' }.id");

        Browser.nextLoginIs(oidc, "coord-ann", "coordinator");
        try (Browser b = Browser.start("en")) {
            b.open(url("/ui/courses/" + course));
            String row = b.waitFor(By.cssSelector("#held-changes tr[data-change='" + change + "']")).getText();
            assertTrue(row.contains("BIRTH_DATE") && row.contains("1961-04-02") && row.contains("1961-04-12"), row);
            b.assertAccessible("held-identity-change");
            b.driver.findElement(By.cssSelector("#decide-" + change + " textarea[name=reason]"))
                    .sendKeys("The EHR's birth date is a typing error; the bag label is right (checked the passport).");
            b.driver.findElement(By.cssSelector("#decide-" + change + " button[value=false]")).click();
            String recorded = b.waitFor(By.id("recorded")).getText();
            assertTrue(recorded.contains("BIRTH_DATE KEPT"), recorded);
            assertTrue(b.driver.findElements(By.cssSelector("tr[data-change='" + change + "']")).isEmpty(),
                    "no longer held");
        }
        nurse().get("/patients/" + patientId + "/demographic-changes").then().statusCode(200)
                .body("find { it.id == " + change + " }.status", org.hamcrest.Matchers.is("KEPT"))
                .body("find { it.id == " + change + " }.resolvedBy", org.hamcrest.Matchers.is("coord-ann"));
        coordinator().get("/patients/" + patientId).then().body("birthDate", org.hamcrest.Matchers.is("1961-04-02"));

        // a nurse sees the held change but is offered no decision
        adt.put("birthDate", "1961-04-22");
        sendAdt(mrn, adt).then().statusCode(200);
        Browser.nextLoginIs(oidc, "nurse-kim", "nurse");
        try (Browser b = Browser.start("en")) {
            b.open(url("/ui/courses/" + course));
            assertTrue(b.waitFor(By.id("held-changes")).getText().contains("1961-04-22"));
            assertTrue(b.driver.findElements(By.cssSelector("#held-changes form")).isEmpty(), "not the nurse's decision");
        }
    }

    @Test
    void physicianIsRefusedWithTheRuleIdsThenDeclaresEligibility() throws Exception {
        long course = courseInScreening("MALE");
        Browser.nextLoginIs(oidc, "dr-sato", "physician");
        try (Browser b = Browser.start("en")) {
            b.open(url("/ui/courses/" + course));
            b.driver.findElement(By.cssSelector("form[data-transition='declare-eligible'] button")).click();
            String refusal = b.waitFor(By.id("refusal")).getText();
            assertTrue(refusal.contains("ELIG-1") && refusal.contains("SITE-1"), refusal);
            assertTrue(refusal.contains("label rule: hard stop"), refusal);
            assertEquals("SCREENING", b.driver.findElement(By.id("state")).getText());
            b.screenshot("refused-step");
            b.assertAccessible("refused-step");

            recordEligibleWorkUp(course);
            b.open(url("/ui/courses/" + course));
            b.driver.findElement(By.cssSelector("form[data-transition='declare-eligible'] button")).click();
            assertTrue(b.waitFor(By.id("recorded")).getText().contains("declare-eligible"));
            assertEquals("ELIGIBLE", b.driver.findElement(By.id("state")).getText());
        }
        physician().get("/courses/" + course + "/audit").then()
                .body("find { it.action == 'transition.declare-eligible' }.actor", org.hamcrest.Matchers.is("dr-sato"));
    }

    @Test
    void japaneseFollowsTheBrowserAndTheSwitchChangesIt() throws Exception {
        courseInScreening("FEMALE");
        Browser.nextLoginIs(oidc, "nurse-kim", "nurse");
        try (Browser b = Browser.start("ja")) {
            b.open(url("/ui/board"));
            assertTrue(b.text().contains("進行中の治療"), b.text());
            assertTrue(b.text().contains("実施不可"), b.text());
            // a refusal's rule in the words of the Japanese label, beside its ID (SITE-1 blocks declare-eligible)
            assertTrue(b.text().contains("製造販売業者の講習を受けた医師のもとで使用する"), b.text());
            // and the guard's own message about this patient is Japanese too (ELIG-5, no ECOG yet)
            assertTrue(b.text().contains("スクリーニング時の ECOG PS を記録してください。"), b.text());
            assertFalse(b.text().contains("Record the ECOG performance status"), b.text());
            b.screenshot("board-ja");
            b.assertAccessible("board-ja");
            b.driver.findElement(By.linkText("English")).click();
            assertEquals("Active journeys", b.waitFor(By.xpath("//h1[contains(., 'Active journeys')]")).getText());
        }
    }

    @Test
    void anotherSitesJourneyPageIsNotFoundForTheOtherSitesUser() throws Exception {
        var siteB = io.restassured.RestAssured.given().header("Authorization", "Bearer "
                + org.cartflow.support.Tokens.atSite("site-b", "coord-b", "coordinator")).contentType("application/json");
        long patientB = siteB.body(patientBody(newMrn(), "FEMALE")).post("/patients").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        long theirs = siteB.post("/patients/" + patientB + "/courses").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        Browser.nextLoginIs(oidc, "coord-ann", "coordinator");
        try (Browser b = Browser.start("en")) {
            b.open(url("/ui/courses/" + theirs));
            assertTrue(b.driver.findElements(By.id("state")).isEmpty());
            assertTrue(b.driver.getPageSource().contains("Course " + theirs + " does not exist"),
                    b.driver.getPageSource());
        }
        // site B's own coordinator opens it (API): the 404 above is the site boundary
        siteB.get("/courses/" + theirs).then().statusCode(200);
    }

    @Test
    void aUserWithoutAClinicalRoleGetsNoPage() throws Exception {
        Browser.nextLoginIs(oidc, "it-admin", "admin");
        try (Browser b = Browser.start("en")) {
            b.open(url("/ui/board"));
            assertFalse(b.driver.getPageSource().contains("Active journeys"));
            assertTrue(b.driver.getPageSource().contains("403") || b.driver.getPageSource().contains("Forbidden"),
                    b.driver.getPageSource());
        }
    }
}
