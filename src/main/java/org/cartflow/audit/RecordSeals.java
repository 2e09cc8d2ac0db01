package org.cartflow.audit;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issue 20 item 2: clinical records are sealed by the audit event that writes them: an HMAC, under a key derived from
 * the audit key, of the row exactly as the database holds it ({@code row_to_json}, time zone UTC). Every insert,
 * update and delete of a row of {@link #TABLES} by the application is noted ({@link SealOnWrite}) and sealed by the
 * next audit event of its transaction, so a record that changes state (an LD order verified, a bag thawed, a course
 * moved on) is sealed again at each change. ChainVerifier recomputes the newest seal of each record: a dose, an order,
 * a bag step or a course state edited or deleted in SQL, even by the schema owner, is reported, and the seal itself
 * sits inside the event's keyed hash.
 */
@ApplicationScoped
public class RecordSeals {

    /** The seal of a row the application deleted: verification then expects the row to be gone. */
    public static final String REMOVED = "removed";

    /** The sealed tables: every clinical record (the audit trail's own tables are chained, not sealed). */
    public static final Set<String> TABLES = Set.of("patient", "course", "late_entry",
            "site_qualification", "myeloma_diagnosis", "ecog_assessment", "therapy_line", "pregnancy_status",
            "pregnancy_benefit_risk", "hypersensitivity_history", "treatment_consent",
            "leukapheresis_consent", "apheresis_slot", "apheresis_collection", "infection_test", "cold_chain_shipment",
            "custody_handoff", "temperature_reading", "manufacturing_order", "bridging_dose", "ld_plan",
            "ld_assessment", "ld_order", "ld_plan_move", "ld_administration", "product_shipment", "product_bag",
            "storage_reading", "storage_excursion", "infusion_readiness", "premedication", "bag_infusion",
            "infusion_deviation", "infusion_incident", "infusion_delay", "monitoring_assessment", "crs_intervention",
            "tocilizumab_stock", "missed_assessment_day", "lab_panel", "discharge_record", "response_assessment",
            "secondary_malignancy", "e_signature", "lab_result_import", "demographic_change");

    private static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    AuditKeys keys;

    /**
     * Seals written from V2 on ("v2:" + HMAC) leave out the bookkeeping columns {@code version} and
     * {@code updated_at}: an edit that writes nothing clinical still bumps them (the course's version orders
     * concurrent edits of a journey) and needs no event. Seals without the prefix (the first format) covered the
     * whole row, and are checked that way.
     */
    public static final String V2 = "v2:";

    /** The seals of those rows that exist, by id, in the current format; one query per {@value #BATCH} rows. */
    public Map<Long, String> sealsOf(String table, Collection<Long> ids) {
        return sealsOf(table, ids, true);
    }

    /** As {@link #sealsOf(String, Collection)}, in the current ({@code v2}) or the first format. */
    public Map<Long, String> sealsOf(String table, Collection<Long> ids, boolean v2) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("not a sealed table: " + table);
        }
        Map<Long, String> out = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            Long[] batch = all.subList(from, Math.min(all.size(), from + BATCH)).toArray(Long[]::new);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select t.id, " + (v2
                    ? "(to_jsonb(t) - 'version' - 'updated_at')::text" : "row_to_json(t)::text") + " from " + table
                    + " t where t.id = any(?1)").setParameter(1, batch).getResultList();
            for (Object[] r : rows) {
                long id = ((Number) r[0]).longValue();
                out.put(id, (v2 ? V2 : "") + keys.sealRecord(key(table, id) + "\n" + r[1]));
            }
        }
        return out;
    }

    /**
     * The seals ("table:id" -> seal, current format) of the rows an audit event seals, in one query across their
     * tables (an event writes a few rows); a row that is gone is missing from the answer.
     */
    public Map<String, String> sealsNow(Map<String, ? extends Collection<Long>> idsByTable) {
        Map<String, String> out = new HashMap<>();
        if (idsByTable.isEmpty()) {
            return out;
        }
        if (idsByTable.values().stream().anyMatch(ids -> ids.size() > BATCH)) {
            idsByTable.forEach((table, ids) -> sealsOf(table, ids).forEach((id, seal) -> out.put(key(table, id), seal)));
            return out;
        }
        StringBuilder sql = new StringBuilder();
        List<Long[]> parameters = new java.util.ArrayList<>();
        for (Map.Entry<String, ? extends Collection<Long>> t : idsByTable.entrySet()) {
            if (!TABLES.contains(t.getKey())) {
                throw new IllegalArgumentException("not a sealed table: " + t.getKey());
            }
            parameters.add(t.getValue().toArray(Long[]::new));
            sql.append(sql.length() == 0 ? "" : " union all ").append("select '").append(t.getKey())
                    .append("', t.id, (to_jsonb(t) - 'version' - 'updated_at')::text from ").append(t.getKey())
                    .append(" t where t.id = any(?").append(parameters.size()).append(")");
        }
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] r : rows) {
            String k = key((String) r[0], ((Number) r[1]).longValue());
            out.put(k, V2 + keys.sealRecord(k + "\n" + r[2]));
        }
        return out;
    }

    /**
     * timestamptz renders in the session's zone, so a seal depends on it: every pooled connection is set to UTC when
     * opened ({@code quarkus.datasource.jdbc.new-connection-sql}), and start-up fails if that setting was lost.
     */
    @Transactional
    void connectionsInUtc(@Observes StartupEvent start) {
        Object zone = em.createNativeQuery("select current_setting('TimeZone')").getSingleResult();
        if (!"UTC".equals(zone)) {
            throw new IllegalStateException("record seals need database sessions in UTC, this one is in " + zone
                    + ": keep quarkus.datasource.jdbc.new-connection-sql=set time zone 'UTC'");
        }
    }

    /**
     * The first clinical row no audit event sealed, among those written since sealing began (record_seal_start; a
     * table without an entry from its first row): a row inserted in SQL, outside CartFlow. Null when there is none.
     */
    public String firstUnsealed(Map<String, ? extends Collection<Long>> sealedIds) {
        Map<String, Long> start = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select table_name, first_id from record_seal_start").getResultList();
        rows.forEach(r -> start.put((String) r[0], ((Number) r[1]).longValue()));
        for (String table : new java.util.TreeSet<>(TABLES)) {
            Collection<Long> ids = sealedIds.get(table);
            Long[] sealed = ids == null ? new Long[0] : ids.toArray(Long[]::new);
            @SuppressWarnings("unchecked")
            List<Object> found = em.createNativeQuery("select t.id from " + table + " t where t.id >= ?1 "
                    + "and not (t.id = any(?2)) order by t.id limit 1").setParameter(1, start.getOrDefault(table, 1L))
                    .setParameter(2, sealed).getResultList();
            if (!found.isEmpty()) {
                return table + " row " + found.get(0) + " has no audit event: it was not written through CartFlow";
            }
        }
        return null;
    }

    static String key(String table, long id) {
        return table + ":" + id;
    }
}
