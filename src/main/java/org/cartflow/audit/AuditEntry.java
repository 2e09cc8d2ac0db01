package org.cartflow.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a command tells the audit trail: the action, its subject, the state change and why, and the clinical records
 * it wrote that the event seals (RecordSeals), so a record edited in SQL afterwards no longer matches its event.
 */
public record AuditEntry(String actor, String actorRole, String action, Long patientId, Long courseId,
        String stateBefore, String stateAfter, String reason, Map<String, ?> details, List<SealedRecord> seals) {

    /** A row the event seals: one of {@link RecordSeals#TABLES} and its id. */
    public record SealedRecord(String table, long id) {
    }

    public AuditEntry {
        seals = seals == null ? List.of() : List.copyOf(seals);
    }

    public AuditEntry(String actor, String actorRole, String action, Long patientId, Long courseId,
            String stateBefore, String stateAfter, String reason, Map<String, ?> details) {
        this(actor, actorRole, action, patientId, courseId, stateBefore, stateAfter, reason, details, List.of());
    }

    public static AuditEntry record(String actor, String role, String action, Long patientId, Long courseId,
            String reason, Map<String, ?> details) {
        return new AuditEntry(actor, role, action, patientId, courseId, null, null, reason, details);
    }

    /** This entry, also sealing the row {@code id} of {@code table} as it is at the append. */
    public AuditEntry sealing(String table, long id) {
        List<SealedRecord> more = new ArrayList<>(seals);
        more.add(new SealedRecord(table, id));
        return new AuditEntry(actor, actorRole, action, patientId, courseId, stateBefore, stateAfter, reason, details,
                more);
    }

    /** Details as key, value pairs in order; unlike Map.of, a value may be null (a field left empty). */
    public static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
