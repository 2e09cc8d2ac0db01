package org.cartflow.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Issue 20 item 2: clinical records that are written once (doses given, signatures) are sealed by the audit event that
 * records them: an HMAC, under a key derived from the audit key, of the row exactly as the database holds it
 * ({@code row_to_json}, time zone UTC). ChainVerifier recomputes it, so a dose edited or deleted in SQL, even by the
 * schema owner, is reported, and the seal itself sits inside the event's keyed hash.
 */
@ApplicationScoped
public class RecordSeals {

    /** The sealed tables: rows the application inserts and never updates. */
    public static final Set<String> TABLES = Set.of("ld_administration", "crs_intervention", "e_signature");

    @Inject
    EntityManager em;

    @Inject
    AuditKeys keys;

    /** The seal of the row as it is now, or empty when the row is gone. */
    public Optional<String> sealOf(String table, long id) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("not a sealed table: " + table);
        }
        // timestamptz renders in the session's zone: fix it, so the seal does not depend on the server's settings
        em.createNativeQuery("set local time zone 'UTC'").executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object> row = em.createNativeQuery("select row_to_json(t)::text from " + table + " t where t.id = ?1")
                .setParameter(1, id).getResultList();
        return row.isEmpty() ? Optional.empty()
                : Optional.of(keys.sealRecord(key(table, id) + "\n" + row.get(0)));
    }

    static String key(String table, long id) {
        return table + ":" + id;
    }
}
