package org.cartflow.ui;

import static io.restassured.RestAssured.given;
import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.Map;
import org.cartflow.support.Browser;
import org.cartflow.support.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 20 item 6 in a real browser session: a form POST without the page's CSRF token is refused and records
 * nothing, signing out is a POST, a request from another origin is refused, and patient pages carry the security
 * headers (CSP without inline script, no framing, nosniff, no-store).
 */
@QuarkusTest
class UiHardeningBrowserTest {

    @OidcWireMock
    WireMockServer oidc;

    @TestHTTPResource("/")
    URL root;

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    /** A request made by script from the page itself, with the session cookie: status, and a header when asked. */
    private static String fetch(Browser b, String method, String path, String body, String header) {
        Object out = ((JavascriptExecutor) b.driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; var header = arguments[3];"
                        + "var o = { method: arguments[0], credentials: 'same-origin', redirect: 'manual' };"
                        + "if (arguments[2] !== null) { o.body = arguments[2];"
                        + "  o.headers = { 'Content-Type': 'application/x-www-form-urlencoded' }; }"
                        + "fetch(arguments[1], o).then(function (r) {"
                        + "  done(r.status + '|' + (header ? r.headers.get(header) : '')); },"
                        + "  function (e) { done('error|' + e); });",
                method, path, body, header);
        return String.valueOf(out);
    }

    @Test
    void aFormPostWithoutThePagesCsrfTokenIsRefusedAndRecordsNothing() throws Exception {
        long course = courseInScreening("FEMALE");
        Browser.nextLoginIs(oidc, "dr-csrf", "physician");
        try (Browser b = Browser.start("en")) {
            b.open(url("/ui/courses/" + course));
            var form = b.waitFor(By.cssSelector("form[data-transition='withdraw']"));
            String token = form.findElement(By.name("csrf-token")).getAttribute("value");
            assertFalse(token.isBlank(), "the form carries the page's token");
            String version = form.findElement(By.name("version")).getAttribute("value");
            String withdraw = "/ui/courses/" + course + "/transitions";
            String fields = "transition=withdraw&version=" + version + "&reason=forged";
            assertTrue(fetch(b, "POST", withdraw, fields, null).startsWith("400|"), "no token");
            assertTrue(fetch(b, "POST", withdraw, fields + "&csrf-token=" + "A".repeat(token.length()), null)
                    .startsWith("400|"), "a token that is not the cookie's");
            physician().get("/courses/" + course).then().body("state", is("SCREENING"));
        }
    }

    @Test
    void signingOutIsAPostAndAGetDoesNotSignOut() throws Exception {
        Browser.nextLoginIs(oidc, "nurse-out", "nurse");
        try (Browser b = Browser.start("en")) {
            b.open(url("/ui/board"));
            var logout = b.waitFor(By.cssSelector("form#logout"));
            assertEquals("post", logout.getAttribute("method"));
            assertFalse(logout.findElement(By.name("csrf-token")).getAttribute("value").isBlank());
            assertTrue(fetch(b, "GET", "/ui/logout", null, null).startsWith("405|"));
            b.open(url("/ui/board"));
            assertEquals("nurse-out", b.waitFor(By.id("user")).getText(), "still signed in after the GET");
        }
    }

    @Test
    void patientPagesCarryTheSecurityHeaders() throws Exception {
        long course = courseInScreening("MALE");
        Browser.nextLoginIs(oidc, "coord-hdr", "coordinator");
        try (Browser b = Browser.start("en")) {
            b.open(url("/ui/board"));
            b.waitFor(By.id("user"));
            String page = "/ui/courses/" + course;
            String csp = fetch(b, "GET", page, null, "content-security-policy");
            assertTrue(csp.startsWith("200|"), csp);
            assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
            assertFalse(csp.contains("script-src 'self' 'unsafe-inline'"), csp);
            assertTrue(fetch(b, "GET", page, null, "cache-control").endsWith("|no-store"));
            assertTrue(fetch(b, "GET", page, null, "x-content-type-options").endsWith("|nosniff"));
            assertTrue(fetch(b, "GET", page, null, "x-frame-options").endsWith("|DENY"));
            // the pages' scripts run under that policy: the bedside countdown and live grades are external files
            assertFalse(b.driver.getPageSource().contains("<script>"), "no inline script on the page");
        }
    }

    @Test
    void aRequestFromAnotherOriginIsRefused() {
        given().header("Origin", "https://evil.example").auth().oauth2(Tokens.of("dr-origin", "physician"))
                .contentType(ContentType.JSON).body(Map.of("mrn", "X-1")).post(url("/patients")).then()
                .statusCode(403);
        given().header("Origin", "https://evil.example").contentType(ContentType.URLENC)
                .formParam("transition", "withdraw").redirects().follow(false).post(url("/ui/courses/1/transitions"))
                .then().statusCode(403);
    }
}
