package org.cartflow.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a command tells the audit trail: the action, its subject, the state change and why. The clinical rows the
 * command wrote are sealed by the event without being named here (SealOnWrite, RecordSeals).
 */
public record AuditEntry(String actor, String actorRole, String action, Long patientId, Long courseId,
        String stateBefore, String stateAfter, String reason, Map<String, ?> details) {

    public static AuditEntry record(String actor, String role, String action, Long patientId, Long courseId,
            String reason, Map<String, ?> details) {
        return new AuditEntry(actor, role, action, patientId, courseId, null, null, reason, details);
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
