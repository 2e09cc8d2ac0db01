package org.cartflow.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A connection to the test database as its superuser: the insider with a stolen owner password that the audit
 * trail's tamper evidence is tested against. The application itself connects as the runtime role.
 */
public final class Superuser {

    private Superuser() {
    }

    public static Connection connect() throws SQLException {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        return DriverManager.getConnection(url, "postgres", "postgres");
    }
}
