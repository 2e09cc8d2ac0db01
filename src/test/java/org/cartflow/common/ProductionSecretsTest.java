package org.cartflow.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 20 item 7: which secrets stop a production start, as a plain unit test over the configured values. */
class ProductionSecretsTest {

    private static Map<String, Optional<String>> values(String ui, String app, String owner) {
        return Map.of("quarkus.oidc.ui.authentication.state-secret", Optional.ofNullable(ui),
                "quarkus.datasource.password", Optional.ofNullable(app),
                "quarkus.flyway.password", Optional.ofNullable(owner));
    }

    @Test
    void realSecretsPass() {
        assertEquals(List.of(), ProductionSecrets.problems(values("Yk3v9Qm2Lp8Zr4Tn6Wx1Hc5Bd7Fg0Js2", "app-secret-0123",
                "owner-secret-0123")));
    }

    @Test
    void missingPlaceholderAndShortSecretsAreNamed() {
        assertEquals(List.of("CARTFLOW_UI_SESSION_SECRET is shorter than 32 characters",
                "QUARKUS_DATASOURCE_PASSWORD is still the placeholder 'change-me'",
                "QUARKUS_FLYWAY_PASSWORD is not set"),
                ProductionSecrets.problems(values("only-twenty-chars-xx", "Change-Me", null)));
    }
}
