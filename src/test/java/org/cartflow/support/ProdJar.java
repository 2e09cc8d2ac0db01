package org.cartflow.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged app (target/quarkus-app) run as a separate process in the prod profile, for integration tests. */
public final class ProdJar {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    public final int port;
    /** The management interface (health, metrics, OpenAPI): a port of its own in production. */
    public final int managementPort;
    public final Path log;
    private final Process process;

    private ProdJar(int port, int managementPort, Path log, Process process) {
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
    }

    public static ProdJar start(Map<String, String> env) throws IOException {
        return start(env, List.of());
    }

    /** @param prefix command words before java, e.g. {@code taskset -c 1} to pin the app to a core */
    public static ProdJar start(Map<String, String> env, List<String> prefix) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("package the app first (mvn verify does)");
        }
        int port = freePort();
        int managementPort = freePort();
        Path log = Files.createTempFile("cartflow-prod", ".log");
        List<String> cmd = new java.util.ArrayList<>(prefix);
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + managementPort, "-jar",
                JAR.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("CARTFLOW_OIDC_URL");
        pb.environment().remove("QUARKUS_OIDC_AUTH_SERVER_URL");
        pb.environment().putAll(env);
        return new ProdJar(port, managementPort, log, pb.start());
    }

    public String baseUri() {
        return "http://localhost:" + port;
    }

    public String managementUri() {
        return "http://localhost:" + managementPort;
    }

    public String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** Resident set size of the app's JVM in MiB, read from /proc (Linux). */
    public long rssMiB() throws IOException {
        long pid = process.descendants().filter(h -> h.info().command().orElse("").endsWith("java")).findFirst()
                .map(ProcessHandle::pid).orElse(process.pid());
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    public Process process() {
        return process;
    }

    /** Polls /q/health/ready on the management port until it answers 200; returns the time it took. */
    public Duration awaitReady(Duration timeout) throws Exception {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                if (given().baseUri(managementUri()).get("/q/health/ready").statusCode() == 200) {
                    return Duration.between(start, Instant.now());
                }
            } catch (Exception notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the app did not become ready:\n" + output());
    }

    /** Milliseconds from process start to the first successful request (GET /q/health/ready), as Quarkus measures. */
    public long awaitReadyMillisToFirstRequest() throws Exception {
        awaitReady(Duration.ofSeconds(120));
        return Duration.between(process.info().startInstant().orElseThrow(), Instant.now()).toMillis();
    }

    /** SIGKILL: no shutdown hooks, no graceful close of connections. */
    public void kill() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(30, TimeUnit.SECONDS);
        reapEmbeddedPostgres();
    }

    /** SIGTERM and wait; then make sure nothing the app started (its embedded PostgreSQL) outlives it. */
    public void stop() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        reapEmbeddedPostgres();
    }

    /**
     * The jar's embedded PostgreSQL (quarkus-embedded-postgresql starts one even when an external URL is set) is
     * started by pg_ctl and so is not a child of the JVM: after a crash or failed start it would keep its port and
     * data. Stop it by the port the app logged.
     */
    private void reapEmbeddedPostgres() {
        String out;
        try {
            out = output();
        } catch (IOException e) {
            return;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("PG port set to ([0-9,.]+)").matcher(out);
        while (m.find()) {
            String port = m.group(1).replaceAll("\\D", "");
            ProcessHandle.allProcesses()
                    .filter(h -> h.info().commandLine().orElse("").matches(".*/bin/postgres .*-p " + port + "( .*)?"))
                    .forEach(ProcessHandle::destroyForcibly);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
