package org.cartflow.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;

/**
 * An audit event as the API shows it; {@code occurredAtLocal} is in the hospital's zone, {@code chain} and
 * {@code chainSeq} its place in its journey's hash chain.
 */
public record AuditEventView(long id, Instant occurredAt, String occurredAtLocal, String actor, String actorRole,
        String action, Long patientId, Long courseId, String stateBefore, String stateAfter, String reason,
        JsonNode details, String chain, long chainSeq, String hash) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static AuditEventView of(AuditEvent e, java.time.ZoneId zone) {
        JsonNode details = null;
        try {
            details = e.details == null ? null : JSON.readTree(e.details);
        } catch (Exception ignored) {
            // details are written by AuditTrail as JSON; a row changed by hand is reported by the chain check instead
        }
        return new AuditEventView(e.id, e.occurredAt, e.occurredAt.atZone(zone).toOffsetDateTime().toString(), e.actor,
                e.actorRole, e.action, e.patientId, e.courseId, e.stateBefore, e.stateAfter, e.reason, details, e.chainId,
                e.chainSeq, e.hash);
    }

    /** The metadata only: who, role, what, when, states, chain; reason and details left out. */
    AuditEventView withoutClinicalContent() {
        return new AuditEventView(id, occurredAt, occurredAtLocal, actor, actorRole, action, patientId, courseId,
                stateBefore, stateAfter, null, null, chain, chainSeq, hash);
    }
}
