package org.cartflow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.LinkedHashMap;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Appends audit events in the caller's transaction. Each journey has its own chain ({@code course:<id>}, else
 * {@code patient:<id>}, else {@code system}); an event links to the previous event of its chain and is sealed with
 * the HMAC key of {@link AuditKeys}. Appends to one chain are ordered by the row lock on its head, taken by the first
 * statement and held to commit; appends to different journeys never wait for each other.
 */
@ApplicationScoped
public class AuditTrail {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** Locks the chain's head (creating it for a new journey) and returns its seq, hash and the next event id. */
    private static final String LOCK_HEAD = """
            insert into audit_chain_head as h (chain_id, seq, hash, checkpointed) values (?1, 0, ?2, true)
            on conflict (chain_id) do update set seq = h.seq
            returning h.seq, h.hash, nextval('audit_event_id_seq')""";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditKeys keys;

    @Inject
    RecordSeals recordSeals;

    @Inject
    WrittenRecords written;

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent append(AuditEntry entry) {
        String chain = chainOf(entry);
        Object[] head = (Object[]) em.createNativeQuery(LOCK_HEAD).setParameter(1, chain)
                .setParameter(2, AuditHash.GENESIS).getSingleResult();
        AuditEvent e = new AuditEvent();
        e.id = ((Number) head[2]).longValue();
        e.chainId = chain;
        e.chainSeq = ((Number) head[0]).longValue() + 1;
        e.prevHash = head[1].toString();
        e.occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        e.actor = entry.actor();
        e.actorRole = entry.actorRole();
        e.action = entry.action();
        e.patientId = entry.patientId();
        e.courseId = entry.courseId();
        e.stateBefore = entry.stateBefore();
        e.stateAfter = entry.stateAfter();
        e.reason = entry.reason();
        e.details = toJson(withSeals(entry));
        e.keyId = keys.keyId();
        e.hash = keys.seal(e);
        e.persist();
        // written now, in order: the insert's trigger moves the chain's head (V42) while this transaction holds it
        em.flush();
        return e;
    }

    /**
     * The details, plus {@code recordSeals} ("table:id" -> seal) when the transaction wrote clinical rows since its
     * previous event (a signing step's signature row among them).
     */
    private Object withSeals(AuditEntry entry) {
        em.flush();
        Map<String, java.util.Set<Long>> byTable = written.drain();
        if (byTable.isEmpty()) {
            return entry.details();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (entry.details() != null) {
            details.putAll(entry.details());
        }
        Map<String, String> now = recordSeals.sealsNow(byTable);
        Map<String, String> seals = new java.util.TreeMap<>();
        // a row the transaction deleted is sealed as removed: verification then expects it gone
        byTable.forEach((table, ids) -> ids.forEach(id -> seals.put(RecordSeals.key(table, id),
                now.getOrDefault(RecordSeals.key(table, id), RecordSeals.REMOVED))));
        details.put(SEALS, seals);
        return details;
    }

    static final String SEALS = "recordSeals";

    static String chainOf(AuditEntry entry) {
        if (entry.courseId() != null) {
            return "course:" + entry.courseId();
        }
        return entry.patientId() != null ? "patient:" + entry.patientId() : "system";
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
