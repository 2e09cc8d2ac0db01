package org.cartflow.infusion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.cartflow.audit.AuditEntry;
import org.cartflow.audit.AuditTrail;

/**
 * Keeps an identity mismatch (INF-4, INF-9) as an incident even though the step itself is refused: it commits in its
 * own transaction, so the refusal rolls back the step but not the record that it was attempted.
 */
@ApplicationScoped
public class IncidentLog {

    @Inject
    Clock clock;
    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long patientId, long courseId, long bagId, String ruleId, BedsideStep step,
            List<String> mismatches, String user, String role) {
        InfusionIncident i = new InfusionIncident();
        i.courseId = courseId;
        i.bagId = bagId;
        i.ruleId = ruleId;
        i.step = step.slug();
        i.mismatches = String.join("; ", mismatches);
        i.recordedBy = user;
        i.recordedRole = role;
        i.recordedAt = clock.instant();
        i.persist();
        InfusionIncident.flush();
        audit.append(AuditEntry.record(user, role, "infusion.identity.mismatch", patientId, courseId, null,
                Map.of("bagId", bagId, "step", step.slug(), "ruleId", ruleId, "mismatches", mismatches)));
    }
}
