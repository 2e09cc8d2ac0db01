package org.cartflow.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the audit trail as an auditor would: the checkpoints' signatures and their own chain (and, when an auditor
 * brings the checkpoint they exported, that it is still in the database), then every event in id order: its keyed
 * hash, its place in its journey's chain and its link to the previous event there. An edited row fails its hash; a
 * deleted middle row leaves a gap; a deleted last row or a whole deleted journey falls short of the last checkpoint
 * that saw it; a history re-chained without the key fails its hashes, with the key it differs from the checkpoints.
 * Last, each clinical record an event sealed (RecordSeals) must still match its newest seal: a dose edited or deleted
 * in SQL is reported. (Events appended after the newest checkpoint are protected by their hashes only until the next
 * checkpoint.)
 */
@ApplicationScoped
public class ChainVerifier {

    private static final int PAGE = 2000;
    static final String LEGACY_CHAIN = "legacy";

    @Inject
    AuditKeys keys;

    @Inject
    RecordSeals recordSeals;

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private record Tip(long seq, String hash) {
    }

    @Transactional
    public ChainVerification verify(Optional<CheckpointExport> brought) {
        List<AuditCheckpoint> checkpoints = AuditCheckpoint.<AuditCheckpoint>find("order by id").list();
        Map<String, Tip> expected = new HashMap<>();
        String prevSignature = AuditHash.GENESIS;
        AuditCheckpoint newest = null;
        for (AuditCheckpoint c : checkpoints) {
            CheckpointExport export = CheckpointExport.of(c);
            String broken = !keys.knows(c.keyId) ? "checkpoint " + c.id + " is signed with an unknown key " + c.keyId
                    : !keys.signCheckpoint(export.canonical()).equals(c.signature)
                            ? "checkpoint " + c.id + " was changed after it was signed"
                            : !c.prevSignature.equals(prevSignature)
                                    ? "checkpoint " + c.id + " does not follow the checkpoint before it "
                                            + "(a checkpoint was deleted or inserted)"
                                    : null;
            if (broken != null) {
                return new ChainVerification(false, 0, 0, null, broken, checkpoints.indexOf(c), c.id, c.createdAt);
            }
            export.heads().forEach((chain, head) -> expected.put(chain, new Tip(head.seq(), head.hash())));
            prevSignature = c.signature;
            newest = c;
        }
        long checkpointsChecked = checkpoints.size();
        Long checkpointId = newest == null ? null : newest.id;
        java.time.Instant checkpointAt = newest == null ? null : newest.createdAt;
        if (brought.isPresent()) {
            String problem = broughtProblem(brought.get(), checkpoints);
            if (problem != null) {
                return new ChainVerification(false, 0, 0, null, problem, checkpointsChecked, checkpointId, checkpointAt);
            }
        }

        Map<String, Tip> tips = new HashMap<>();
        Map<String, Seal> sealed = new LinkedHashMap<>();
        long checked = 0;
        long afterId = 0;
        while (true) {
            List<AuditEvent> page = AuditEvent.find("id > ?1 order by id", afterId).page(0, PAGE).list();
            if (page.isEmpty()) {
                break;
            }
            for (AuditEvent e : page) {
                Tip tip = tips.getOrDefault(e.chainId, new Tip(0, AuditHash.GENESIS));
                String problem = eventProblem(e, tip, expected.get(e.chainId));
                if (problem != null) {
                    return new ChainVerification(false, checked, tips.size(), e.id, problem, checkpointsChecked,
                            checkpointId, checkpointAt);
                }
                tips.put(e.chainId, new Tip(e.chainSeq, e.hash));
                collectSeals(e, sealed);
                checked++;
                afterId = e.id;
            }
            AuditEvent.getEntityManager().clear();
        }
        for (Map.Entry<String, Tip> seen : expected.entrySet()) {
            long reached = tips.containsKey(seen.getKey()) ? tips.get(seen.getKey()).seq() : 0;
            if (reached < seen.getValue().seq()) {
                return new ChainVerification(false, checked, tips.size(), null, "chain " + seen.getKey() + " ends at event "
                        + reached + " of its journey, but a signed checkpoint saw event " + seen.getValue().seq()
                        + ": events were deleted", checkpointsChecked, checkpointId, checkpointAt);
            }
        }
        Map<String, Map<Long, Seal>> byTable = new java.util.TreeMap<>();
        sealed.forEach((key, seal) -> byTable.computeIfAbsent(key.substring(0, key.indexOf(':')),
                t -> new java.util.TreeMap<>()).put(Long.parseLong(key.substring(key.indexOf(':') + 1)), seal));
        for (Map.Entry<String, Map<Long, Seal>> table : byTable.entrySet()) {
            Map<Long, String> now = recordSeals.sealsOf(table.getKey(), table.getValue().keySet());
            java.util.Set<Long> firstFormat = new java.util.TreeSet<>();
            table.getValue().forEach((id, seal) -> {
                if (!seal.value().startsWith(RecordSeals.V2) && !RecordSeals.REMOVED.equals(seal.value())) {
                    firstFormat.add(id);
                }
            });
            Map<Long, String> nowFirst = firstFormat.isEmpty() ? Map.of()
                    : recordSeals.sealsOf(table.getKey(), firstFormat, false);
            for (Map.Entry<Long, Seal> r : table.getValue().entrySet()) {
                String current = firstFormat.contains(r.getKey()) ? nowFirst.get(r.getKey()) : now.get(r.getKey());
                String problem = recordProblem(table.getKey(), r.getKey(), r.getValue(), current);
                if (problem != null) {
                    return new ChainVerification(false, checked, tips.size(), r.getValue().eventId(), problem,
                            checkpointsChecked, checkpointId, checkpointAt);
                }
            }
        }
        String unsealed = recordSeals.firstUnsealed(byTable.entrySet().stream().collect(java.util.stream.Collectors
                .toMap(Map.Entry::getKey, t -> t.getValue().keySet())));
        if (unsealed != null) {
            return new ChainVerification(false, checked, tips.size(), null, unsealed, checkpointsChecked, checkpointId,
                    checkpointAt);
        }
        return new ChainVerification(true, checked, tips.size(), null, null, checkpointsChecked, checkpointId,
                checkpointAt);
    }

    /** The newest event's seal of a clinical record ("table:id"). */
    private record Seal(long eventId, String value) {
    }

    private static void collectSeals(AuditEvent e, Map<String, Seal> sealed) {
        if (e.details == null || !e.details.contains("\"" + AuditTrail.SEALS + "\"")) {
            return;
        }
        try {
            JSON.readTree(e.details).path(AuditTrail.SEALS).fields()
                    .forEachRemaining(f -> sealed.put(f.getKey(), new Seal(e.id, f.getValue().asText())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException unreadable) {
            // an event whose details no longer parse has already failed its keyed hash above
        }
    }

    private static String recordProblem(String table, long id, Seal seal, String now) {
        if (RecordSeals.REMOVED.equals(seal.value())) {
            return now == null ? null : table + " row " + id + ", removed by audit event " + seal.eventId()
                    + ", is back";
        }
        if (now == null) {
            return table + " row " + id + ", sealed by audit event " + seal.eventId() + ", was deleted";
        }
        return now.equals(seal.value()) ? null
                : table + " row " + id + " was changed after audit event " + seal.eventId() + " sealed it";
    }

    private String eventProblem(AuditEvent e, Tip tip, Tip checkpointed) {
        if (e.chainSeq != tip.seq() + 1 || !e.prevHash.equals(tip.hash())) {
            return "event " + e.id + " does not link to the event before it in chain " + e.chainId
                    + " (missing or reordered event)";
        }
        boolean legacy = e.keyId == null;
        if (legacy != LEGACY_CHAIN.equals(e.chainId)) {
            return "event " + e.id + " is sealed the old way outside the legacy chain";
        }
        if (!legacy && !keys.knows(e.keyId)) {
            return "event " + e.id + " is sealed with an unknown key " + e.keyId;
        }
        String hash = legacy ? AuditHash.legacy(e) : keys.seal(e);
        if (!hash.equals(e.hash)) {
            return "event " + e.id + " was changed after it was written (hash mismatch)";
        }
        if (checkpointed != null && checkpointed.seq() == e.chainSeq && !checkpointed.hash().equals(e.hash)) {
            return "event " + e.id + " is not the event a signed checkpoint saw at that place (history re-written)";
        }
        return null;
    }

    private String broughtProblem(CheckpointExport brought, List<AuditCheckpoint> checkpoints) {
        if (!keys.knows(brought.keyId()) || !keys.signCheckpoint(brought.canonical()).equals(brought.signature())) {
            return "the checkpoint brought for comparison is not one CartFlow signed (its signature does not match)";
        }
        for (AuditCheckpoint c : checkpoints) {
            if (c.id.equals(brought.id())) {
                return c.signature.equals(brought.signature()) ? null
                        : "checkpoint " + c.id + " in the database differs from the exported one";
            }
        }
        return "checkpoint " + brought.id() + " that was exported is no longer in the database: checkpoints were deleted";
    }
}
