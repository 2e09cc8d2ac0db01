package org.cartflow.deploy;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/ cannot be run here (no Docker engine, no cluster), so it is validated statically: YAML and JSON parse,
 * images are pinned, the app's environment names are ones application.properties reads, Kubernetes objects carry
 * probes, limits, non-root, a read-only root filesystem and secret references only, and the realm has what the app needs.
 */
class DeployFilesTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String properties() throws IOException {
        return Files.readString(Path.of("src/main/resources/application.properties"));
    }

    /** An env name the app reads: referenced as ${NAME}, or the env form of a property the app or Quarkus reads. */
    private static boolean appReads(String env, String props) {
        if (props.contains("${" + env + "}") || props.contains("${" + env + ":")) {
            return true;
        }
        String property = env.toLowerCase(Locale.ROOT).replace('_', '.');
        if (props.contains("${" + property) || props.contains("\n" + property + "=")) {
            return true;
        }
        return Set.of("quarkus.datasource.jdbc.url", "quarkus.datasource.username", "quarkus.datasource.password",
                "quarkus.flyway.username", "quarkus.flyway.password").contains(property);
    }

    private static boolean pinned(String image) {
        int colon = image.lastIndexOf(':');
        return colon > image.lastIndexOf('/') && !image.endsWith(":latest") && image.substring(colon + 1).matches(".*\\d.*");
    }

    @Test
    void composeParsesPinsImagesAndUsesEnvNamesTheAppReads() throws IOException {
        JsonNode compose = YAML.readTree(DEPLOY.resolve("compose/docker-compose.yml").toFile());
        JsonNode services = compose.get("services");
        assertEquals(Set.of("postgres", "keycloak", "cartflow"), names(services));
        for (Iterator<Map.Entry<String, JsonNode>> it = services.fields(); it.hasNext();) {
            var s = it.next();
            assertTrue(pinned(s.getValue().get("image").asText()), s.getKey() + " image not pinned");
            assertTrue(s.getValue().has("healthcheck"), s.getKey() + " has no health check");
        }
        String props = properties();
        List<String> unknown = new ArrayList<>();
        services.get("cartflow").get("environment").fieldNames().forEachRemaining(env -> {
            if (!appReads(env, props)) {
                unknown.add(env);
            }
        });
        assertTrue(unknown.isEmpty(), "env names application.properties does not read: " + unknown);
        assertTrue(compose.get("volumes").has("cartflow-db"));
        assertTrue(services.get("keycloak").get("volumes").toString().contains("cartflow-realm.json"));
        assertFalse(services.get("keycloak").toString().contains("demo"), "demo users only in the demo overlay");
        assertEquals("start", services.get("keycloak").get("command").get(0).asText(), "Keycloak in production mode");
        JsonNode demo = YAML.readTree(DEPLOY.resolve("compose/docker-compose.demo.yml").toFile());
        assertTrue(demo.at("/services/keycloak/volumes").toString().contains("cartflow-users-0.json"));
    }

    @Test
    void kubernetesObjectsAreSafeAndComplete() throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEPLOY.resolve("k8s"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(f.toFile())) {
                    docs.addAll(it.readAll());
                }
            }
        }
        Set<String> kinds = new HashSet<>();
        docs.forEach(d -> kinds.add(d.get("kind").asText()));
        assertTrue(kinds.containsAll(Set.of("Deployment", "Service", "ConfigMap", "Ingress", "PodDisruptionBudget")),
                kinds.toString());
        assertFalse(kinds.contains("Secret"), "secret values do not belong in the repository");

        JsonNode dep = docs.stream().filter(d -> d.get("kind").asText().equals("Deployment")).findFirst().orElseThrow();
        assertTrue(dep.at("/spec/replicas").asInt() >= 2);
        JsonNode pod = dep.at("/spec/template/spec");
        assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean());
        JsonNode c = pod.get("containers").get(0);
        assertTrue(pinned(c.get("image").asText()));
        assertEquals("/q/health/ready", c.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/live", c.at("/livenessProbe/httpGet/path").asText());
        // issue 20 item 7: probes on the management port, and the Ingress routes to the API port alone
        assertEquals("management", c.at("/readinessProbe/httpGet/port").asText());
        assertEquals("management", c.at("/livenessProbe/httpGet/port").asText());
        JsonNode ingress = docs.stream().filter(d -> d.get("kind").asText().equals("Ingress")).findFirst().orElseThrow();
        for (JsonNode rule : ingress.at("/spec/rules")) {
            for (JsonNode path : rule.at("/http/paths")) {
                assertEquals("http", path.at("/backend/service/port/name").asText(), path.toString());
            }
        }
        assertFalse(c.at("/resources/requests/memory").isMissingNode());
        assertFalse(c.at("/resources/limits/memory").isMissingNode());
        assertFalse(c.at("/resources/limits/cpu").isMissingNode());
        assertTrue(c.at("/securityContext/readOnlyRootFilesystem").asBoolean());
        assertEquals("/tmp", c.at("/volumeMounts/0/mountPath").asText());

        String props = properties();
        for (JsonNode env : c.get("env")) {
            String name = env.get("name").asText();
            assertTrue(appReads(name, props), name);
            if (name.contains("PASSWORD") || name.contains("SECRET") || name.contains("USERNAME")) {
                assertFalse(env.has("value"), name + " must come from a secretKeyRef");
                assertFalse(env.at("/valueFrom/secretKeyRef/name").isMissingNode(), name);
            }
        }
        JsonNode cm = docs.stream().filter(d -> d.get("kind").asText().equals("ConfigMap")).findFirst().orElseThrow();
        cm.get("data").fieldNames().forEachRemaining(k -> assertTrue(appReads(k, props), "ConfigMap key " + k));
    }

    @Test
    void productionRealmHasTheRolesClientsAudienceAndNoUsersWhileTheDemoFileMarksItsUsers() throws IOException {
        JsonNode realm = JSON.readTree(DEPLOY.resolve("keycloak/cartflow-realm.json").toFile());
        Set<String> roles = new HashSet<>();
        realm.at("/roles/realm").forEach(r -> roles.add(r.get("name").asText()));
        assertEquals(Set.of("coordinator", "pharmacist", "nurse", "physician", "admin", "otp-required"), roles);
        JsonNode ui = client(realm, "cartflow-ui");
        assertTrue(ui.get("publicClient").asBoolean());
        assertEquals("S256", ui.at("/attributes/pkce.code.challenge.method").asText());
        assertEquals("cartflow-api", ui.at("/protocolMappers/0/config/included.client.audience").asText());
        JsonNode api = client(realm, "cartflow-api");
        assertFalse(api.get("publicClient").asBoolean());
        assertFalse(api.get("directAccessGrantsEnabled").asBoolean());
        assertFalse(realm.has("users"), "the production realm ships no users");
        assertEquals(2, realm.get("clients").size(), "no demo clients in the production realm");
        assertTrue(realm.get("bruteForceProtected").asBoolean());
        assertEquals("cartflow browser", realm.get("browserFlow").asText());
        // physicians and pharmacists carry otp-required, which the login flows' condition asks TOTP for
        realm.at("/roles/realm").forEach(r -> {
            if (Set.of("physician", "pharmacist").contains(r.get("name").asText())) {
                assertEquals("otp-required", r.at("/composites/realm/0").asText(), r.toString());
            }
        });

        JsonNode demo = JSON.readTree(DEPLOY.resolve("keycloak/demo/cartflow-users-0.json").toFile());
        assertEquals("cartflow", demo.get("realm").asText());
        Set<String> covered = new HashSet<>();
        for (JsonNode u : demo.get("users")) {
            assertTrue(u.get("username").asText().startsWith("demo-"), u.get("username").asText());
            assertEquals("true", u.at("/attributes/demo_only/0").asText());
            u.get("realmRoles").forEach(r -> covered.add(r.asText()));
        }
        Set<String> assignable = new HashSet<>(roles);
        assignable.remove("otp-required");
        assertEquals(assignable, covered, "one demo user per role");
    }

    @Test
    void containerImageIsBuiltFromAPinnedBase() throws IOException {
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        String from = dockerfile.lines().filter(l -> l.startsWith("FROM ")).findFirst().orElseThrow().substring(5).trim();
        assertTrue(pinned(from), from);
        assertTrue(dockerfile.contains("USER 185"), "runs as a non-root user");
    }

    private static JsonNode client(JsonNode realm, String id) {
        for (JsonNode c : realm.get("clients")) {
            if (c.get("clientId").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no client " + id);
    }

    private static Set<String> names(JsonNode obj) {
        Set<String> s = new HashSet<>();
        obj.fieldNames().forEachRemaining(s::add);
        return s;
    }
}
