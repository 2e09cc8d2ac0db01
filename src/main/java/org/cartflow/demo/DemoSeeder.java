package org.cartflow.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cartflow.dev.DevTokens;
import org.cartflow.kernel.Patient;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Dev mode only: on a start with an empty database (a new {@code .cartflow-data/}, or
 * {@code -Dcartflow.demo.reset=true}, which has Flyway clean it first, once per dev session) seeds the DEMO programme
 * through the app's own REST API as the demo users of the local OIDC Dev Service. The app is not ready ({@code /q/health/ready} DOWN) until the seed is done, and stays DOWN
 * naming the step if the API refused one, so a broken journey cannot hide behind a half-seeded demo.
 */
@IfBuildProfile("dev")
@Singleton
@Readiness
public class DemoSeeder implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);
    private static final String RESET_DONE = "cartflow.demo.reset.done";

    @Inject
    DemoClock clock;

    @ConfigProperty(name = "cartflow.demo.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "cartflow.demo.reset", defaultValue = "false")
    boolean reset;

    @Inject
    Flyway flyway;

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String issuer;

    private volatile String status = "not started";
    private volatile boolean ready = true;

    void onStart(@Observes StartupEvent ev) {
        if (!enabled) {
            status = "demo seed switched off (cartflow.demo.enabled=false)";
            return;
        }
        if (reset && System.getProperty(RESET_DONE) == null) {
            // once per dev JVM: a live reload restarts the app in the same JVM and must not wipe the data again
            System.setProperty(RESET_DONE, "true");
            LOG.warn("cartflow.demo.reset=true: dropping the dev database and migrating it anew");
            flyway.clean();
            flyway.migrate();
        }
        long patients = QuarkusTransaction.requiringNew().call(() -> Patient.count());
        if (patients > 0) {
            status = "database has " + patients + " patients: not seeded";
            return;
        }
        ready = false;
        status = "seeding the DEMO programme";
        Thread seed = new Thread(this::seed, "demo-seed");
        seed.setDaemon(true);
        seed.start();
    }

    private void seed() {
        URI base = URI.create("http://localhost:" + port);
        long started = System.nanoTime();
        try {
            awaitHttp(base);
            Map<String, String> tokens = new ConcurrentHashMap<>();
            DemoApi api = new DemoApi(base, user -> tokens.computeIfAbsent(user, u -> DevTokens.accessToken(issuer, u)));
            List<DemoProgramme.SeededCourse> seeded = new DemoProgramme(api, clock, Instant.now()).seed();
            StringBuilder table = new StringBuilder();
            for (DemoProgramme.SeededCourse c : seeded) {
                table.append(String.format("%n  course %-3d %-10s %-22s %s", c.courseId(), c.mrn(), c.state()
                        + (c.dayNumber() == null ? "" : " day " + c.dayNumber()), c.shows()));
            }
            status = "seeded " + seeded.size() + " DEMO courses";
            LOG.infof("DEMO programme seeded in %.1f s through the API:%s", (System.nanoTime() - started) / 1e9, table);
            ready = true;
        } catch (RuntimeException e) {
            status = "demo seed failed: " + e.getMessage();
            LOG.error(status, e);
        }
    }

    /** The seed runs once the HTTP server answers (StartupEvent observers run before it listens). */
    private static void awaitHttp(URI base) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/q/health/live")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the HTTP server did not answer on " + base + " within 2 minutes");
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("demo-programme").status(ready).withData("status", status).build();
    }
}
