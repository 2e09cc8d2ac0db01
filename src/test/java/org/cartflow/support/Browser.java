package org.cartflow.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven by Debian's chromedriver (never a downloaded browser), at tablet size, logging in
 * through the OIDC authorization-code flow of the WireMock provider.
 */
public final class Browser implements AutoCloseable {

    public final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    public static Browser start(String language) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Path.of("/usr/bin/chromium").toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1024,768", "--lang=" + language,
                "--user-data-dir=" + Files.createTempDirectory("chromium").toString());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** The next code-flow login at the WireMock provider yields tokens for this user and these realm roles. */
    public static void nextLoginIs(WireMockServer oidc, String user, String... roles) {
        nextLoginIs(oidc, java.time.Instant.now(), user, roles);
    }

    /** As {@link #nextLoginIs(WireMockServer, String, String...)}, the user having entered the password at authTime. */
    public static void nextLoginIs(WireMockServer oidc, java.time.Instant authTime, String user, String... roles) {
        String access = Tokens.signedInAt(authTime, user, roles);
        String id = Jwt.preferredUserName(user).subject(user).issuer(Tokens.ISSUER).audience("cartflow-ui")
                .claim("name", Tokens.fullName(user)).claim("auth_time", authTime.getEpochSecond())
                .claim("site", Tokens.SITE).claim("realm_access", Map.of("roles", List.of(roles))).jws().keyId("1").sign();
        oidc.stubFor(post("/auth/realms/quarkus/token").withRequestBody(containing("authorization_code"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"access_token\":\"" + access + "\",\"id_token\":\"" + id
                                + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
    }

    /** Opens a UI page; on the provider's login page, signs in. */
    public void open(String url) {
        driver.get(url);
        signInIfAsked();
    }

    /** On the provider's login page (after a redirect), signs in and waits for the app's page. */
    public void signInIfAsked() {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30)).until(d ->
                "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        if (!driver.findElements(By.id("username")).isEmpty()) {
            driver.findElement(By.id("username")).sendKeys("demo");
            driver.findElement(By.id("password")).sendKeys("demo");
            driver.findElement(By.id("login")).click();
        }
        // the login bounces through the provider and back: wait until the app's page has fully loaded
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30)).until(d ->
                d.findElements(By.id("login")).isEmpty() && "complete".equals(
                        ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Waits (up to 10 s) for an element, e.g. after a form submission navigates. */
    public org.openqa.selenium.WebElement waitFor(By by) {
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(by));
    }

    public String text() {
        for (int attempt = 0;; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException navigating) {
                if (attempt == 5) {
                    throw navigating;
                }
            }
        }
    }

    public void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name + ".png"), png);
    }

    /**
     * Runs axe-core on the page as it is now (WCAG 2.0/2.1/2.2 A and AA rules, which include colour contrast,
     * labels, keyboard focus order and, for 2.2, touch-target size) and fails on any violation; the full report
     * is written to target/accessibility/{name}.json for review.
     */
    public void assertAccessible(String name) throws IOException {
        Path dir = Path.of("target", "accessibility");
        Files.createDirectories(dir);
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze(driver);
        new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValue(dir.resolve(name + ".json").toFile(), results);
        if (results.isErrored() || results.getPasses() == null || results.getPasses().isEmpty()) {
            throw new AssertionError("axe-core did not audit " + name + ": " + results.getErrorMessage());
        }
        StringBuilder found = new StringBuilder();
        for (com.deque.html.axecore.results.Rule rule : results.getViolations()) {
            found.append("\n- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                    .append(rule.getHelp());
            rule.getNodes().stream().limit(5).forEach(node -> found.append("\n    ").append(node.getHtml()));
        }
        if (!found.isEmpty()) {
            throw new AssertionError("accessibility violations on " + name + " (" + driver.getCurrentUrl() + "):"
                    + found);
        }
    }

    /**
     * Keyboard operability beyond what axe can see: every visible, enabled control on the page is reached by
     * pressing Tab from the top of the page (none is mouse-only or trapped behind tabindex="-1").
     */
    public void assertKeyboardReachable(String name) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        Object total = js.executeScript("""
                let n = 0;
                document.querySelectorAll('a[href], button, input, select, textarea').forEach(e => {
                  if (e.type !== 'hidden' && !e.disabled && e.offsetParent !== null) { e.dataset.kbd = n++; }
                });
                document.activeElement && document.activeElement.blur();
                window.scrollTo(0, 0);
                return n;""");
        int controls = ((Number) total).intValue();
        java.util.Set<String> reached = new java.util.HashSet<>();
        var tab = new org.openqa.selenium.interactions.Actions(driver);
        for (int press = 0; press < controls * 2 + 10 && reached.size() < controls; press++) {
            tab.sendKeys(org.openqa.selenium.Keys.TAB).perform();
            Object kbd = js.executeScript("return document.activeElement && document.activeElement.dataset.kbd;");
            if (kbd != null) {
                reached.add(kbd.toString());
            }
        }
        if (reached.size() < controls) {
            @SuppressWarnings("unchecked")
            List<String> missed = (List<String>) js.executeScript("""
                    return [...document.querySelectorAll('[data-kbd]')]
                      .filter(e => !arguments[0].includes(e.dataset.kbd)).map(e => e.outerHTML.slice(0, 120));""",
                    List.copyOf(reached));
            throw new AssertionError("not reachable by Tab on " + name + ": " + missed);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
