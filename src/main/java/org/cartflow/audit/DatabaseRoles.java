package org.cartflow.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The two database roles the audit trail's protection rests on: an owner that Flyway migrates with, and a runtime
 * role the application connects as, which owns nothing, cannot run DDL and may only INSERT and SELECT the audit trail
 * (R__runtime_role_grants.sql). Operators create them once (README, "Deploy"); the embedded database of dev and tests
 * gets the same two roles from {@link #bootstrap}.
 */
public final class DatabaseRoles {

    private DatabaseRoles() {
    }

    /**
     * Creates (or keeps) both roles on a connection with the rights to do so, gives the owner the {@code public} schema
     * and whatever the connecting user created in it before the split (a dev database from an older version).
     */
    public static void bootstrap(Connection admin, String owner, String ownerPassword, String runtime,
            String runtimePassword) throws SQLException {
        try (Statement s = admin.createStatement()) {
            ensureRole(admin, owner, ownerPassword);
            ensureRole(admin, runtime, runtimePassword);
            s.execute("alter schema public owner to " + ident(owner));
            s.execute("revoke create on schema public from public");
            for (String table : ownedBy(admin, "select tablename from pg_tables where schemaname = 'public' "
                    + "and tableowner = current_user")) {
                s.execute("alter table public." + ident(table) + " owner to " + ident(owner));
            }
            for (String fn : ownedBy(admin, "select p.oid::regprocedure::text from pg_proc p join pg_namespace n "
                    + "on n.oid = p.pronamespace where n.nspname = 'public' and pg_get_userbyid(p.proowner) = current_user")) {
                s.execute("alter function " + fn + " owner to " + ident(owner));
            }
        }
    }

    /** Why the connected user must not be the application's runtime role, if it must not; empty when it is fit. */
    public static Optional<String> runtimeRoleProblem(Connection runtime) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = runtime.createStatement(); ResultSet rs = s.executeQuery("""
                select r.rolsuper, r.rolcreaterole, r.rolbypassrls,
                       n.nspowner = r.oid as owns_schema,
                       exists (select 1 from pg_tables t where t.schemaname = current_schema()
                                                          and t.tableowner = current_user) as owns_tables,
                       has_schema_privilege(current_schema(), 'CREATE') as can_create,
                       coalesce(has_table_privilege(to_regclass('audit_event'), 'UPDATE')
                             or has_table_privilege(to_regclass('audit_event'), 'DELETE')
                             or has_table_privilege(to_regclass('audit_event'), 'TRUNCATE'), false) as can_rewrite
                  from pg_roles r, pg_namespace n
                 where r.rolname = current_user and n.nspname = current_schema()""")) {
            if (!rs.next()) {
                return Optional.of("the current schema of the connection was not found");
            }
            add(problems, rs.getBoolean("rolsuper"), "is a superuser");
            add(problems, rs.getBoolean("rolcreaterole"), "may create roles");
            add(problems, rs.getBoolean("rolbypassrls"), "bypasses row security");
            add(problems, rs.getBoolean("owns_schema"), "owns the schema");
            add(problems, rs.getBoolean("owns_tables"), "owns tables of the schema");
            add(problems, rs.getBoolean("can_create"), "may create objects in the schema");
            add(problems, rs.getBoolean("can_rewrite"), "may update, delete or truncate audit_event");
        }
        return problems.isEmpty() ? Optional.empty()
                : Optional.of("the database user " + currentUser(runtime) + " " + String.join(", ", problems));
    }

    private static void ensureRole(Connection c, String role, String password) throws SQLException {
        boolean exists;
        try (PreparedStatement ps = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                exists = rs.next();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute((exists ? "alter role " : "create role ") + ident(role)
                    + " login nosuperuser nocreatedb nocreaterole password " + literal(password));
        }
    }

    private static List<String> ownedBy(Connection c, String query) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static String currentUser(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void add(List<String> problems, boolean condition, String problem) {
        if (condition) {
            problems.add(problem);
        }
    }

    static String ident(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("a database role name must be lower-case letters, digits and _: " + name);
        }
        return name;
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
