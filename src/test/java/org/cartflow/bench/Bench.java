package org.cartflow.bench;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cartflow.support.Api;
import org.cartflow.support.ProdDatabase;
import org.cartflow.support.ProdJar;
import org.cartflow.support.Tokens;

/**
 * The benchmark behind bench/run.sh: the prod jar on a real PostgreSQL 18, signed tokens, an open-model mixed
 * workload, a closed-loop guarded-write test next to pgbench's single-row INSERT at the same concurrency, and
 * start-up time and RSS. Writes bench/results/latest.md. Not a test: nothing here asserts a speed.
 */
public final class Bench {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(16)).build();

    private final String base;
    /** Tokens live 5 minutes and a run takes longer: each is signed again after two minutes. */
    private final Map<String, String[]> tokens = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Long> screeningCourses = new ArrayList<>();
    /** ELIGIBLE courses with a pre-LD assessment: the pharmacist's dose arithmetic. */
    private final List<Long> ldCourses = new ArrayList<>();
    /** Courses in INPATIENT_MONITORING: the nurses' daily assessments. */
    private final List<Long> monitoredCourses = new ArrayList<>();
    private final ConcurrentLinkedQueue<Long> referralCourses = new ConcurrentLinkedQueue<>();

    private String token(String role) {
        long now = System.currentTimeMillis();
        return tokens.compute(role, (r, t) -> t != null && now - Long.parseLong(t[1]) < 120_000 ? t
                : new String[] { Tokens.of("bench-" + r, r), Long.toString(now) })[0];
    }

    private String coordinator() {
        return token("coordinator");
    }

    private String physician() {
        return token("physician");
    }

    private String nurse() {
        return token("nurse");
    }

    private String pharmacist() {
        return token("pharmacist");
    }

    private Bench(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        int rate = intArg(args, "--rate", 150);
        int seconds = intArg(args, "--seconds", 30);
        int concurrency = intArg(args, "--concurrency", 8);
        int startRuns = intArg(args, "--start-runs", 5);
        String appCores = stringArg(args, "--app-cores", "");
        int coldSeconds = intArg(args, "--cold-seconds", 60);
        int warmupMaxSeconds = intArg(args, "--warmup-max-seconds", 480);
        List<String> appPin = appCores.isEmpty() ? List.of() : List.of("taskset", "-c", appCores);

        OidcWiremockTestResource oidc = new OidcWiremockTestResource();
        Map<String, String> conf = oidc.start();
        System.setProperty("smallrye.jwt.sign.key.location", conf.get("smallrye.jwt.sign.key.location"));
        StringBuilder report = new StringBuilder();
        // pg_stat_statements counts the statements each operation sends (utility statements such as BEGIN left out)
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setPort(ProdJar.freePort())
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.track_utility", "off").start()) {
            psql(pg.getPort(), "create extension if not exists pg_stat_statements");
            Map<String, String> env = new HashMap<>(ProdDatabase.env(pg));
            env.putAll(Map.of(
                    "CARTFLOW_OIDC_URL", conf.get("keycloak.url") + "/realms/quarkus",
                    "CARTFLOW_UI_SESSION_SECRET", "integration-test-session-secret-0123456789",
                    "QUARKUS_LOG_LEVEL", "WARN"));
            report.append(header(rate, seconds, concurrency, appPin));

            List<Long> startMillis = new ArrayList<>();
            List<Long> idleRss = new ArrayList<>();
            for (int i = 0; i < startRuns; i++) {
                ProdJar app = ProdJar.start(env, appPin);
                startMillis.add(app.awaitReadyMillisToFirstRequest());
                idleRss.add(app.rssMiB());
                app.stop();
            }
            ProdJar app = ProdJar.start(env, appPin);
            app.awaitReady(Duration.ofSeconds(120));
            Bench b = new Bench(app.baseUri());
            b.seed(300, 3000);
            b.seedLdCourses(40);
            b.seedMonitoredCourses(pg.getPort(), 100);
            // cold: the guarded write right after start and seed, in 10 s windows; then until two windows agree
            List<Double> cold = b.writeWindows(concurrency, coldSeconds, 10);
            List<Double> warmingUp = b.writesUntilStable(concurrency, 15, warmupMaxSeconds);
            b.warmUp();
            long warmRss = app.rssMiB();
            Map<String, double[]> perRequest = b.statementsPerRequest(pg.getPort());
            Map<String, Stats> alone = b.sequentialReads(500);

            Map<String, Stats> mixed = b.openModel(rate, seconds);
            long loadRss = app.rssMiB();
            Stats writes = b.closedLoopWrites(concurrency, Math.max(10, seconds / 2));
            double pgTps = pgbench(pg.getPort(), concurrency, Math.max(10, seconds / 2));
            app.stop();

            report.append("## Guarded clinical write vs raw INSERT (the number to read first)\n\n");
            report.append(String.format(Locale.ROOT,
                    "| measure | value |\n|---|---|\n| guarded clinical write TPS (PUT ECOG: auth, If-less optimistic lock, "
                            + "audit hash chain, %d clients) | %.0f |\n| pgbench single-row INSERT TPS (same PostgreSQL, "
                            + "%d clients) | %.0f |\n| **ratio guarded / raw** | **%.3f** |\n| guarded write p50 / p95 / p99 ms "
                            + "| %.1f / %.1f / %.1f |\n\n",
                    concurrency, writes.throughput(), concurrency, pgTps, writes.throughput() / pgTps, writes.p(50),
                    writes.p(95), writes.p(99)));
            report.append(coldAndWarm(cold, warmingUp, writes.throughput(), pgTps, concurrency));
            report.append("## Statements per request (pg_stat_statements calls / requests, after warm-up)\n\n"
                    + "| operation | requests | statements | per request |\n|---|---|---|---|\n");
            perRequest.forEach((op, n) -> report.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.1f |\n", op,
                    n[0], n[1], n[1] / n[0])));
            report.append("\n");
            report.append("## Reads one at a time, warm, nothing else running (500 each)\n\n"
                    + "| read | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|\n");
            alone.forEach((op, st) -> report.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |\n", op,
                    st.p(50), st.p(95), st.p(99))));
            report.append("\n");
            report.append(String.format(Locale.ROOT, "## Open-model mixed workload: %d req/s for %d s\n\n", rate, seconds));
            report.append("| operation | requests | errors | achieved/s | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|---|\n");
            mixed.forEach((op, s) -> report.append(String.format(Locale.ROOT, "| %s | %d | %s | %.1f | %.1f | %.1f | %.1f |\n",
                    op, s.count(), s.errorsByStatus(), s.count() / (double) seconds, s.p(50), s.p(95), s.p(99))));
            report.append(String.format(Locale.ROOT, "\n## Start-up and memory (%d runs)\n\n| measure | median | all |\n|---|---|---|\n"
                    + "| process start to first successful request | %d ms | %s |\n| RSS right after start | %d MiB | %s |\n"
                    + "| RSS after warm-up | %d MiB | |\n| RSS under load (end of mixed run) | %d MiB | |\n",
                    startRuns, median(startMillis), startMillis, median(idleRss), idleRss, warmRss, loadRss));
        } finally {
            oidc.stop();
        }
        Path out = Path.of("bench", "results", "latest.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.println("written to " + out);
        System.exit(0);
    }

    private static String header(int rate, int seconds, int concurrency, List<String> pin) throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        long cores = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("processor")).count();
        String mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 + " MiB").orElse("?");
        return String.format(Locale.ROOT, "# CartFlow benchmark, %s\n\nMachine: %d cores (%s), %s RAM, Java %s. "
                + "Load average at start: %s. App pinned: %s; load generator and PostgreSQL: the other core. "
                + "Database: PostgreSQL 18 (zonky embedded binaries), separate process, synchronous_commit=off "
                + "(zonky's default, the same for the app and pgbench).\nSeed: 3,300 patients registered and 300 of them in "
                + "screening, 40 courses declared eligible with a pre-LD assessment (all through the API), and 100 courses "
                + "fast-forwarded in the database to day 3 after infusion (walking there through the API takes days of "
                + "real time).\nParameters: --rate %d --seconds %d "
                + "--concurrency %d.\n\n",
                LocalDate.now(), cores, cpu, mem, System.getProperty("java.version"), load,
                pin.isEmpty() ? "no" : String.join(" ", pin), rate, seconds, concurrency);
    }

    // ------------------------------------------------------------------ data

    private void seed(int screening, int referral) throws Exception {
        for (int i = 0; i < screening + referral; i++) {
            long patient = idOf(send("POST", "/patients", coordinator(), patientJson()));
            long course = idOf(send("POST", "/patients/" + patient + "/courses", coordinator(), null));
            if (i < screening) {
                send("POST", "/courses/" + course + "/transitions", coordinator(), "{\"transition\":\"start-screening\"}");
                screeningCourses.add(course);
            } else {
                referralCourses.add(course);
            }
        }
    }

    /** Eligible courses (the whole work-up through the API) with a pre-LD assessment by a nurse. */
    private void seedLdCourses(int n) {
        URI uri = URI.create(base);
        RestAssured.baseURI = uri.getScheme() + "://" + uri.getHost();
        RestAssured.port = uri.getPort();
        for (int i = 0; i < n; i++) {
            long course = Api.eligibleCourse();
            Api.nurse().body(Api.assessmentBody(150 + i, 45 + i, 0.6 + i * 0.05, "MG_DL"))
                    .post("/courses/" + course + "/lymphodepletion/assessments").then().statusCode(201);
            ldCourses.add(course);
        }
    }

    /**
     * Courses fast-forwarded in the database to three days after infusion: walking a journey there through the
     * API needs days of real time (LD days -5..-3 on their dates), and this run has seconds.
     */
    private void seedMonitoredCourses(int pgPort, int n) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long patient = idOf(send("POST", "/patients", coordinator(), patientJson()));
            ids.add(idOf(send("POST", "/patients/" + patient + "/courses", coordinator(), null)));
        }
        psql(pgPort, "update course set state = 'INPATIENT_MONITORING', infused_at = now() - interval '3 days' "
                + "where id in (" + String.join(",", ids.stream().map(String::valueOf).toList()) + ")");
        monitoredCourses.addAll(ids);
    }

    /** The guarded write's closed-loop throughput in consecutive windows of {@code window} seconds. */
    private List<Double> writeWindows(int clients, int seconds, int window) throws Exception {
        List<Double> out = new ArrayList<>();
        for (int t = 0; t < seconds; t += window) {
            out.add(closedLoopWrites(clients, window).throughput());
        }
        return out;
    }

    /**
     * Windows of the guarded write until two consecutive ones differ by less than 5 % (the JIT has settled), or the
     * maximum: the warm figure is measured after this, so the cold figure is never reported as the steady state.
     */
    private List<Double> writesUntilStable(int clients, int window, int maxSeconds) throws Exception {
        List<Double> out = new ArrayList<>();
        for (int t = 0; t < maxSeconds; t += window) {
            out.add(closedLoopWrites(clients, window).throughput());
            int n = out.size();
            if (n >= 2 && Math.abs(out.get(n - 1) - out.get(n - 2)) < 0.05 * out.get(n - 2)) {
                break;
            }
        }
        return out;
    }

    private static String coldAndWarm(List<Double> cold, List<Double> warmingUp, double warm, double pgTps,
            int clients) {
        StringBuilder md = new StringBuilder("## Cold and warm (the guarded write, closed loop, " + clients
                + " clients)\n\n| phase | TPS per window | ratio to pgbench INSERT |\n|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| cold: first %d s after start and seed, 10 s windows | %s | %.3f (mean) |\n",
                cold.size() * 10, round(cold), mean(cold) / pgTps));
        md.append(String.format(Locale.ROOT, "| warming up: 15 s windows until two differ by < 5 %% (%d s) | %s | |\n",
                warmingUp.size() * 15, round(warmingUp)));
        md.append(String.format(Locale.ROOT, "| warm (the figure above) | %.0f | %.3f |\n\n", warm, warm / pgTps));
        return md.toString();
    }

    private static String round(List<Double> tps) {
        return String.join(", ", tps.stream().map(t -> String.format(Locale.ROOT, "%.0f", t)).toList());
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /**
     * Statements the app's database role sends per request, for 100 sequential requests of each operation, counted by
     * pg_stat_statements (reset before each; a read's access-log insert, written after the response, is waited for).
     */
    private Map<String, double[]> statementsPerRequest(int pgPort) throws Exception {
        Map<String, double[]> out = new LinkedHashMap<>();
        int n = 100;
        out.put("PUT ECOG (guarded write)", counted(pgPort, n, i -> send("PUT", "/courses/"
                + screeningCourses.get(i % screeningCourses.size()) + "/eligibility/ecog", physician(), ecogJson())));
        out.put("POST start-screening (transition)", counted(pgPort, n, i -> {
            Long fresh = referralCourses.poll();
            if (fresh == null) {
                throw new IllegalStateException("no course left in referral");
            }
            send("POST", "/courses/" + fresh + "/transitions", coordinator(), "{\"transition\":\"start-screening\"}");
        }));
        out.put("POST daily assessment (write)", counted(pgPort, n, i -> send("POST", "/courses/"
                + monitoredCourses.get(i % monitoredCourses.size()) + "/monitoring/assessments", nurse(),
                assessmentJson())));
        out.put("GET /courses/{id} (read)", counted(pgPort, n, i -> send("GET", "/courses/"
                + screeningCourses.get(i % screeningCourses.size()), nurse(), null)));
        out.put("GET board by stage (read)", counted(pgPort, n, i -> send("GET", "/courses?state=SCREENING",
                coordinator(), null)));
        return out;
    }

    /** Latency of single reads with nothing else in flight: the static rule catalogue, a course, the board. */
    private Map<String, Stats> sequentialReads(int n) throws Exception {
        Map<String, Stats> out = new LinkedHashMap<>();
        out.put("GET /rules (static)", sequential(n, i -> req("GET", "/rules", nurse(), null)));
        out.put("GET /courses/{id}", sequential(n, i -> req("GET", "/courses/"
                + screeningCourses.get(i % screeningCourses.size()), nurse(), null)));
        out.put("GET /courses?state=SCREENING (board)", sequential(n, i -> req("GET", "/courses?state=SCREENING",
                coordinator(), null)));
        return out;
    }

    private static Stats sequential(int n, java.util.function.IntFunction<HttpRequest> request) {
        Stats s = new Stats();
        for (int i = 0; i < n; i++) {
            HttpRequest r = request.apply(i);
            long t0 = System.nanoTime();
            try {
                s.record(t0, HTTP.send(r, HttpResponse.BodyHandlers.ofString()), null);
            } catch (Exception e) {
                s.record(t0, null, e);
            }
        }
        return s;
    }

    @FunctionalInterface
    private interface Request {
        void send(int i) throws Exception;
    }

    private static double[] counted(int pgPort, int n, Request request) throws Exception {
        psql(pgPort, "select pg_stat_statements_reset()");
        for (int i = 0; i < n; i++) {
            request.send(i);
        }
        Thread.sleep(1000);
        return new double[] { n, scalar(pgPort, "select coalesce(sum(calls), 0) from pg_stat_statements s "
                + "join pg_roles r on r.oid = s.userid where r.rolname = 'cartflow_app'") };
    }

    private static double scalar(int port, String sql) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres",
                "postgres"); var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getDouble(1);
        }
    }

    private void warmUp() throws Exception {
        for (int i = 0; i < 300; i++) {
            long c = screeningCourses.get(i % screeningCourses.size());
            send("GET", "/courses/" + c, nurse(), null);
            send("PUT", "/courses/" + c + "/eligibility/ecog", physician(), ecogJson());
            send("GET", "/courses/" + ldCourses.get(i % ldCourses.size()) + "/lymphodepletion/calculation", pharmacist(),
                    null);
            send("POST", "/courses/" + monitoredCourses.get(i % monitoredCourses.size()) + "/monitoring/assessments",
                    nurse(), assessmentJson());
            send("GET", "/courses?state=SCREENING", coordinator(), null);
            send("GET", weekPath(), coordinator(), null);
        }
    }

    /** Api.calmAssessment (vital signs, ICE 10, awake; CRS and ICANS grade 0) timed now. */
    private static String assessmentJson() {
        try {
            return JSON.writeValueAsString(Api.calmAssessment(java.time.Instant.now()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The coordinator's week: Monday to Sunday of this week. */
    private static String weekPath() {
        LocalDate monday = LocalDate.now().with(java.time.DayOfWeek.MONDAY);
        return "/schedule?from=" + monday + "&to=" + monday.plusDays(6);
    }

    private static String patientJson() {
        return "{\"mrn\":\"B" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffL)
                + "\",\"familyName\":\"Bench\",\"givenName\":\"Patient\",\"birthDate\":\"1960-05-05\",\"sex\":\"MALE\"}";
    }

    private static String ecogJson() {
        return "{\"score\":" + ThreadLocalRandom.current().nextInt(2) + ",\"assessedOn\":\"" + LocalDate.now() + "\"}";
    }

    // ------------------------------------------------------------------ load

    /** Requests are issued on a fixed schedule whatever the responses do; latency counts from the scheduled time. */
    private Map<String, Stats> openModel(int rate, int seconds) throws Exception {
        Map<String, Stats> stats = new LinkedHashMap<>();
        for (String op : List.of("register patient (write)", "record ECOG (write)", "start screening (transition)",
                "daily assessment (write)", "LD calculation (read)", "course with next steps (read)",
                "board by stage (read)", "schedule week (read)", "course audit (read)", "rule catalog (read)")) {
            stats.put(op, new Stats());
        }
        List<String> ops = new ArrayList<>(stats.keySet());
        int[] weights = { 10, 15, 10, 15, 10, 15, 10, 5, 5, 5 };
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / rate;
        long total = (long) rate * seconds;
        AtomicLong issued = new AtomicLong();
        List<CompletableFuture<?>> inFlight = new java.util.concurrent.CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        ticker.scheduleAtFixedRate(() -> {
            long n = issued.getAndIncrement();
            if (n >= total) {
                return;
            }
            long scheduled = start + n * periodNanos;
            String op = ops.get(pick(weights));
            inFlight.add(request(op).whenComplete((r, e) -> stats.get(op).record(scheduled, r, e)));
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        while (issued.get() < total) {
            Thread.sleep(100);
        }
        ticker.shutdownNow();
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).get(120,
                TimeUnit.SECONDS);
        return stats;
    }

    private CompletableFuture<HttpResponse<String>> request(String op) {
        long c = screeningCourses.get(ThreadLocalRandom.current().nextInt(screeningCourses.size()));
        return switch (op) {
            case "register patient (write)" -> async("POST", "/patients", coordinator(), patientJson());
            case "record ECOG (write)" -> async("PUT", "/courses/" + c + "/eligibility/ecog", physician(), ecogJson());
            case "start screening (transition)" -> {
                Long fresh = referralCourses.poll();
                yield async("POST", "/courses/" + (fresh == null ? c : fresh) + "/transitions", coordinator(),
                        "{\"transition\":\"start-screening\"}");
            }
            case "daily assessment (write)" -> async("POST", "/courses/" + any(monitoredCourses)
                    + "/monitoring/assessments", nurse(), assessmentJson());
            case "LD calculation (read)" -> async("GET", "/courses/" + any(ldCourses) + "/lymphodepletion/calculation",
                    pharmacist(), null);
            case "board by stage (read)" -> async("GET", "/courses?state=SCREENING", coordinator(), null);
            case "schedule week (read)" -> async("GET", weekPath(), coordinator(), null);
            case "course with next steps (read)" -> async("GET", "/courses/" + c, nurse(), null);
            case "course audit (read)" -> async("GET", "/courses/" + c + "/audit", nurse(), null);
            default -> async("GET", "/rules", nurse(), null);
        };
    }

    private static long any(List<Long> courses) {
        return courses.get(ThreadLocalRandom.current().nextInt(courses.size()));
    }

    private Stats closedLoopWrites(int clients, int seconds) throws Exception {
        Stats s = new Stats();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger idx = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long c = screeningCourses.get(Math.floorMod(idx.getAndIncrement(), screeningCourses.size()));
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = HTTP.send(req("PUT", "/courses/" + c + "/eligibility/ecog", physician(),
                                ecogJson()), HttpResponse.BodyHandlers.ofString());
                        s.record(t0, r, null);
                    } catch (Exception e) {
                        s.record(t0, null, e);
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        s.elapsedSeconds = seconds;
        return s;
    }

    private static double pgbench(int port, int clients, int seconds) throws Exception {
        Path script = Files.createTempFile("pgbench-insert", ".sql");
        Files.writeString(script, "insert into bench_raw (v, at) values (random(), now());\n");
        psql(port, "create table if not exists bench_raw (id bigserial primary key, v double precision, at timestamptz)");
        Process p = new ProcessBuilder("pgbench", "-h", "localhost", "-p", Integer.toString(port), "-U", "postgres",
                "-n", "-c", Integer.toString(clients), "-j", "2", "-T", Integer.toString(seconds), "-f",
                script.toString(), "postgres").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("pgbench gave no TPS:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    private static void psql(int port, String sql) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres",
                "postgres"); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    // ------------------------------------------------------------------ http

    private HttpRequest req(String method, String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return b.build();
    }

    private String send(String method, String path, String token, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(req(method, path, token, body), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private CompletableFuture<HttpResponse<String>> async(String method, String path, String token, String body) {
        return HTTP.sendAsync(req(method, path, token, body), HttpResponse.BodyHandlers.ofString());
    }

    private static long idOf(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    // ------------------------------------------------------------------ numbers

    static final class Stats {
        private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        final AtomicInteger errors = new AtomicInteger();
        double elapsedSeconds;

        /** Errors by HTTP status (0: no response). */
        final Map<Integer, AtomicInteger> errorStatuses = new java.util.concurrent.ConcurrentSkipListMap<>();

        void record(long startNanos, HttpResponse<String> r, Throwable e) {
            nanos.add(System.nanoTime() - startNanos);
            if (e != null || r == null || r.statusCode() >= 400) {
                errors.incrementAndGet();
                errorStatuses.computeIfAbsent(r == null ? 0 : r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
            }
        }

        String errorsByStatus() {
            return errors.get() + (errorStatuses.isEmpty() ? "" : " (" + String.join(", ", errorStatuses.entrySet()
                    .stream().map(en -> en.getValue() + "× " + (en.getKey() == 0 ? "no answer" : en.getKey())).toList())
                    + ")");
        }

        int count() {
            return nanos.size();
        }

        double throughput() {
            return (count() - errors.get()) / elapsedSeconds;
        }

        double p(double percentile) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1_000_000.0;
        }
    }

    private static int pick(int[] weights) {
        int sum = Arrays.stream(weights).sum();
        int r = ThreadLocalRandom.current().nextInt(sum);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static long median(List<Long> values) {
        List<Long> s = values.stream().sorted().toList();
        return s.get(s.size() / 2);
    }

    private static int intArg(String[] args, String name, int dflt) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return dflt;
    }

    private static String stringArg(String[] args, String name, String dflt) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return dflt;
    }
}
