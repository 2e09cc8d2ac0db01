package org.cartflow.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start when the application's own database user could rewrite history: a superuser, the schema's owner,
 * or a role allowed to update or delete audit events. An insider with that password could otherwise silence the
 * audit trigger; the runtime role of {@link DatabaseRoles} cannot.
 */
@ApplicationScoped
public class RuntimeRoleCheck {

    void onStart(@Observes StartupEvent start, AgroalDataSource db,
            @ConfigProperty(name = "cartflow.db.require-runtime-role", defaultValue = "true") boolean required)
            throws SQLException {
        if (!required) {
            return;
        }
        try (Connection c = db.getConnection()) {
            DatabaseRoles.runtimeRoleProblem(c).ifPresent(problem -> {
                throw new IllegalStateException("CartFlow will not run with this database user: " + problem
                        + ". Connect as the runtime role (QUARKUS_DATASOURCE_USERNAME) and migrate as the owner "
                        + "(QUARKUS_FLYWAY_USERNAME); README, Deploy");
            });
        }
    }
}
