package org.cartflow.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.cartflow.audit.DatabaseRoles;

/**
 * An external PostgreSQL for the packaged app, set up as README's deployment section says: an owner role Flyway
 * migrates with and a runtime role the app runs as, plus the audit key from the environment.
 */
public final class ProdDatabase {

    public static final String AUDIT_KEY = "aW50ZWdyYXRpb24tdGVzdC1hdWRpdC1rZXktMDEyMzQ1Njc4OQ==";

    private ProdDatabase() {
    }

    /** The environment the prod jar needs for {@code pg}: URL, both roles, the audit key. */
    public static Map<String, String> env(EmbeddedPostgres pg) throws SQLException {
        try (Connection admin = pg.getPostgresDatabase().getConnection()) {
            DatabaseRoles.bootstrap(admin, "cartflow_owner", "owner-secret-0123", "cartflow_app", "app-secret-0123");
        }
        Map<String, String> env = new HashMap<>();
        // no user in the URL: pgjdbc would let it win over the role names below
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres");
        env.put("QUARKUS_DATASOURCE_USERNAME", "cartflow_app");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "app-secret-0123");
        env.put("QUARKUS_FLYWAY_USERNAME", "cartflow_owner");
        env.put("QUARKUS_FLYWAY_PASSWORD", "owner-secret-0123");
        env.put("CARTFLOW_AUDIT_HMAC_KEY", AUDIT_KEY);
        return env;
    }
}
