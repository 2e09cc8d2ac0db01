package org.cartflow.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issue 20 item 7: production does not start on a placeholder secret. A secret that is missing, still says
 * {@code change-me} (as .env.example does) or is shorter than its minimum stops the start, naming the variable to
 * set. The audit key has its own check (AuditKeys).
 */
@ApplicationScoped
public class ProductionSecrets {

    /** Property, the environment variable an operator sets, and the minimum length. */
    record Secret(String property, String variable, int minLength) {
    }

    static final List<Secret> SECRETS = List.of(
            new Secret("quarkus.oidc.ui.authentication.state-secret", "CARTFLOW_UI_SESSION_SECRET", 32),
            new Secret("quarkus.datasource.password", "QUARKUS_DATASOURCE_PASSWORD", 12),
            new Secret("quarkus.flyway.password", "QUARKUS_FLYWAY_PASSWORD", 12));

    void onStart(@Observes StartupEvent start, Config config,
            @ConfigProperty(name = "cartflow.secrets.check", defaultValue = "false") boolean check) {
        if (!check) {
            return;
        }
        Map<String, Optional<String>> values = new java.util.LinkedHashMap<>();
        for (Secret s : SECRETS) {
            values.put(s.property(), config.getOptionalValue(s.property(), String.class));
        }
        List<String> problems = problems(values);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("CartFlow will not start with placeholder secrets: "
                    + String.join("; ", problems) + ". Generate each (e.g. openssl rand -base64 32) and keep it in the "
                    + "secret store; README, Production and deployment");
        }
    }

    /** What is wrong with the given values, by property; empty when all are usable. */
    static List<String> problems(Map<String, Optional<String>> values) {
        List<String> problems = new ArrayList<>();
        for (Secret s : SECRETS) {
            String v = values.getOrDefault(s.property(), Optional.empty()).orElse("");
            String lower = v.toLowerCase(Locale.ROOT);
            if (v.isBlank()) {
                problems.add(s.variable() + " is not set");
            } else if (lower.contains("change-me") || lower.contains("changeme")) {
                problems.add(s.variable() + " is still the placeholder 'change-me'");
            } else if (v.length() < s.minLength()) {
                problems.add(s.variable() + " is shorter than " + s.minLength() + " characters");
            }
        }
        return problems;
    }
}
