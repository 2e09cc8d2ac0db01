package org.cartflow.bench;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.cartflow.support.ProdDatabase;
import org.cartflow.support.ProdJar;
import org.cartflow.support.Tokens;

/**
 * Issue 9, item 3: the read paths a coordinator uses, timed at hospital-network scale. Generates 100,000 patients
 * with a course each and 10,000,000 audit events straight into PostgreSQL (the app's own Flyway schema), then times
 * the board query, the week's schedule and one journey's audit page over HTTP with signed tokens, and prints the
 * plans PostgreSQL chose. Options: --patients, --events, --requests. Results: bench/results/scale-latest.md.
 */
public final class ScaleBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        int patients = arg(args, "--patients", 100_000);
        int events = arg(args, "--events", 10_000_000);
        int requests = arg(args, "--requests", 200);
        OidcWiremockTestResource oidc = new OidcWiremockTestResource();
        Map<String, String> conf = oidc.start();
        System.setProperty("smallrye.jwt.sign.key.location", conf.get("smallrye.jwt.sign.key.location"));
        StringBuilder report = new StringBuilder();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setPort(ProdJar.freePort()).start()) {
            Map<String, String> env = new HashMap<>(ProdDatabase.env(pg));
            env.putAll(Map.of(
                    "CARTFLOW_OIDC_URL", conf.get("keycloak.url") + "/realms/quarkus",
                    "CARTFLOW_UI_SESSION_SECRET", "integration-test-session-secret-0123456789",
                    "QUARKUS_LOG_LEVEL", "WARN"));
            ProdJar app = ProdJar.start(env, List.of());
            app.awaitReady(Duration.ofSeconds(120)); // Flyway has created the schema
            app.stop();
            long t0 = System.nanoTime();
            try (Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"))) {
                generate(c, patients, events);
            }
            double generateSeconds = (System.nanoTime() - t0) / 1e9;
            app = ProdJar.start(env, List.of());
            app.awaitReady(Duration.ofSeconds(120));
            String base = app.baseUri();
            String coordinator = Tokens.of("coord-ann", "coordinator");
            LocalDate monday = LocalDate.now().with(java.time.DayOfWeek.MONDAY);
            long busyCourse = busiestCourse(pg);
            // warm-up, so the JIT and PostgreSQL's caches are not what is measured
            for (int i = 0; i < 50; i++) {
                get(base, "/courses?state=INPATIENT_MONITORING", coordinator);
                get(base, "/schedule?from=" + monday + "&to=" + monday.plusDays(6), coordinator);
                get(base, "/courses/" + busyCourse + "/audit?limit=200", coordinator);
            }
            report.append(String.format(Locale.ROOT, "# Scale run %s\n\n%,d patients and courses, %,d audit events, "
                    + "generated in %.0f s; %d requests per query after 50 warm-up rounds, one client; app in the prod "
                    + "profile, embedded PostgreSQL 18.\n\n| query | p50 ms | p95 ms | max ms |\n|---|---|---|---|\n",
                    LocalDate.now(), patients, events, generateSeconds, requests));
            time(report, "board: GET /courses?state=INPATIENT_MONITORING", requests, base,
                    "/courses?state=INPATIENT_MONITORING", coordinator);
            time(report, "week: GET /schedule?from=Mon&to=Sun", requests, base,
                    "/schedule?from=" + monday + "&to=" + monday.plusDays(6), coordinator);
            time(report, "journey audit page: GET /courses/{id}/audit?limit=200 (busiest course)", requests, base,
                    "/courses/" + busyCourse + "/audit?limit=200", coordinator);
            time(report, "journey audit, next page: afterId in the middle", requests, base,
                    "/courses/" + busyCourse + "/audit?limit=200&afterId=" + middleEventOf(pg, busyCourse),
                    coordinator);
            app.stop();
            report.append("\n## Plans\n\n");
            plan(report, pg, "board", "select * from course where state = 'INPATIENT_MONITORING' order by id limit 500");
            plan(report, pg, "journey audit page", "select * from audit_event where course_id = " + busyCourse
                    + " and id > 0 order by id limit 200");
            plan(report, pg, "schedule (infused courses near the week)", "select * from course where state in "
                    + "('INFUSED','INPATIENT_MONITORING','OUTPATIENT_PROXIMITY') and infused_at >= now() - interval '40 days' "
                    + "and infused_at < now() order by id");
        } finally {
            oidc.stop();
        }
        Path out = Path.of("bench", "results", "scale-latest.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.println("written to " + out);
        System.exit(0);
    }

    /**
     * Patients and one course each, spread over the journey like a mature programme (most in follow-up or closed,
     * a few hundred in each active stage), infusion dates over the last two years; audit events spread over the
     * courses with a skew (a few long journeys), hash chain fields filled with unique values.
     */
    static void generate(Connection c, int patients, long events) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("set synchronous_commit = off");
            s.execute("""
                    insert into patient (mrn, family_name, given_name, birth_date, sex, hospital_zone, created_at, site)
                    select 'S' || g, 'Scale', 'Patient ' || g, date '1950-01-01' + (g %% 20000),
                           case when g %% 2 = 0 then 'MALE' else 'FEMALE' end, 'Asia/Tokyo',
                           now() - (g %% 730) * interval '1 day', '%s'
                    from generate_series(1, %d) g""".formatted(Tokens.SITE, patients));
            s.execute("""
                    insert into course (patient_id, state, created_at, updated_at, infused_at, closed_at)
                    select p.id, st.state, p.created_at, p.created_at,
                           case when st.infused then now() - ((p.id * 7919) % 700) * interval '1 day' end,
                           case when st.state in ('COMPLETED','WITHDRAWN','DECEASED','INELIGIBLE') then now() end
                    from patient p
                    cross join lateral (select (array['REFERRAL','SCREENING','ELIGIBLE','COLLECTION','MANUFACTURING',
                        'PRODUCT_RECEIVED','LYMPHODEPLETION','INFUSION_READY','INFUSED','INPATIENT_MONITORING',
                        'OUTPATIENT_PROXIMITY'])[1 + (p.id % 11)::int] as state, p.id % 11 >= 8 as infused
                        where p.id % 20 = 0
                      union all select case when p.id % 3 = 0 then 'COMPLETED' else 'FOLLOW_UP' end, true
                        where p.id % 20 <> 0) st
                    where p.mrn like 'S%'""");
            s.execute("""
                    update course set infused_at = now() - ((id * 31) % 40) * interval '1 day'
                    where state in ('INFUSED','INPATIENT_MONITORING','OUTPATIENT_PROXIMITY')""");
            s.execute("""
                    insert into audit_event (occurred_at, actor, actor_role, action, patient_id, course_id, state_before,
                        state_after, reason, details, prev_hash, hash, chain_id, chain_seq, key_id)
                    select now() - (g %% 700) * interval '1 day', 'nurse-' || (g %% 40), 'nurse',
                           'monitoring.assessment.recorded', c.patient_id, c.id, null, null, null,
                           '{"crsGrade":0,"icansGrade":0}', md5((g - 1)::text) || md5((g + 1)::text),
                           md5(g::text) || md5((-g)::text), 'bench:' || g, 1, 'bench'
                    from generate_series(1, %d) g
                    join course c on c.id = case when g %% 50 = 0 then 1 + g %% 100
                        else 1 + (g::bigint * 2654435761) %% (select max(id) from course) end""".formatted(events));
            s.execute("analyze");
        }
    }

    private static long busiestCourse(EmbeddedPostgres pg) throws Exception {
        return single(pg, "select course_id from audit_event group by course_id order by count(*) desc limit 1");
    }

    private static long middleEventOf(EmbeddedPostgres pg, long course) throws Exception {
        return single(pg, "select id from audit_event where course_id = " + course + " order by id offset "
                + "(select count(*) / 2 from audit_event where course_id = " + course + ") limit 1");
    }

    private static long single(EmbeddedPostgres pg, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"));
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void plan(StringBuilder report, EmbeddedPostgres pg, String name, String sql) throws Exception {
        report.append("### ").append(name).append("\n\n```\n");
        try (Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"));
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("explain (analyze, buffers off) " + sql)) {
            while (rs.next()) {
                report.append(rs.getString(1)).append('\n');
            }
        }
        report.append("```\n\n");
    }

    private static void time(StringBuilder report, String name, int n, String base, String path, String token)
            throws Exception {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            get(base, path, token);
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        report.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |\n", name, ms.get(n / 2),
                ms.get((int) Math.ceil(n * 0.95) - 1), ms.get(n - 1)));
    }

    private static void get(String base, String path, String token) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " -> " + r.statusCode() + " " + r.body());
        }
    }

    private static int arg(String[] args, String name, int dflt) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1].replace("_", ""));
            }
        }
        return dflt;
    }
}
