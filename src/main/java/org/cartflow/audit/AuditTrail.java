package org.cartflow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Appends audit events in the caller's transaction, chaining each to the previous one by hash. The chain is one
 * sequence, so appends are serialised by a transaction-scoped advisory lock: callers append as their last statement.
 */
@ApplicationScoped
public class AuditTrail {

    /** Serialises appends so the chain has one order; held until the caller's transaction ends. */
    private static final long CHAIN_LOCK = 0x0CA27F10L;

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent append(AuditEntry entry) {
        em.createNativeQuery("select pg_advisory_xact_lock(" + CHAIN_LOCK + ")").getSingleResult();
        List<?> last = em.createNativeQuery("select hash from audit_event order by id desc limit 1").getResultList();
        AuditEvent e = new AuditEvent();
        e.occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        e.actor = entry.actor();
        e.actorRole = entry.actorRole();
        e.action = entry.action();
        e.patientId = entry.patientId();
        e.courseId = entry.courseId();
        e.stateBefore = entry.stateBefore();
        e.stateAfter = entry.stateAfter();
        e.reason = entry.reason();
        e.details = toJson(entry.details());
        e.prevHash = last.isEmpty() ? AuditHash.GENESIS : last.get(0).toString();
        e.hash = AuditHash.of(e);
        e.persist();
        return e;
    }

    private static String toJson(Object details) {
        if (details == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("Audit details are not serialisable", ex);
        }
    }
}
