package org.cartflow.audit;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Runs before Flyway migrates: makes sure migrations run as the owner role, not as the application's runtime role,
 * and, for the embedded database of dev and tests only ({@code cartflow.db.bootstrap-roles}), creates both roles with
 * the embedded server's superuser first, so dev and tests run with the same two roles as production.
 */
@ApplicationScoped
public class FlywayRoleSetup implements FlywayConfigurationCustomizer {

    @ConfigProperty(name = "cartflow.db.bootstrap-roles", defaultValue = "false")
    boolean bootstrapRoles;

    @ConfigProperty(name = "cartflow.db.bootstrap-superuser", defaultValue = "postgres")
    String superuser;

    @ConfigProperty(name = "cartflow.db.bootstrap-superuser-password", defaultValue = "postgres")
    String superuserPassword;

    @ConfigProperty(name = "cartflow.db.require-runtime-role", defaultValue = "true")
    boolean requireRuntimeRole;

    /** Set by the site (a file, the environment, a system property), not the embedded server's built-in default. */
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> runtimeUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> runtimePassword;

    @ConfigProperty(name = "quarkus.flyway.username")
    Optional<String> ownerUser;

    @ConfigProperty(name = "quarkus.flyway.password")
    Optional<String> ownerPassword;

    @Override
    public void customize(FluentConfiguration configuration) {
        if (requireRuntimeRole && (ownerUser.isEmpty() || ownerUser.equals(runtimeUser))) {
            throw new IllegalStateException("CartFlow migrates the database as an owner role and runs as a separate "
                    + "runtime role: set QUARKUS_FLYWAY_USERNAME/QUARKUS_FLYWAY_PASSWORD to the owner and "
                    + "QUARKUS_DATASOURCE_USERNAME/QUARKUS_DATASOURCE_PASSWORD to the runtime role (README, Deploy)");
        }
        if (bootstrapRoles) {
            try (Connection admin = DriverManager.getConnection(jdbcUrl.orElseThrow(), superuser, superuserPassword)) {
                DatabaseRoles.bootstrap(admin, ownerUser.orElseThrow(), ownerPassword.orElseThrow(),
                        runtimeUser.orElseThrow(), runtimePassword.orElseThrow());
            } catch (SQLException e) {
                throw new IllegalStateException("could not create the owner and runtime roles in the embedded database", e);
            }
        }
    }
}
