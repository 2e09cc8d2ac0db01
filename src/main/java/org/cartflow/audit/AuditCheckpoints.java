package org.cartflow.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Writes signed checkpoints of the chain heads: on a schedule ({@code cartflow.audit.checkpoint-every}) and when an
 * admin asks. Each checkpoint names the chains that moved since the previous one and that checkpoint's signature, so
 * the checkpoints form a chain of their own. With {@code cartflow.audit.checkpoint-export-file} each is also appended
 * as one JSON line to a file that should live outside the database's host (the auditor's copy).
 */
@ApplicationScoped
public class AuditCheckpoints {

    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class);

    /** One checkpoint writer at a time, across application instances. */
    private static final long WRITER_LOCK = 0x0CA27F11L;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditKeys keys;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "cartflow.audit.checkpoint-export-file")
    Optional<Path> exportFile;

    @Scheduled(every = "${cartflow.audit.checkpoint-every:10m}", delayed = "${cartflow.audit.checkpoint-every:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        write().ifPresent(c -> LOG.infof("audit checkpoint %d: %d chains moved", c.id(), c.heads().size()));
    }

    /** A new checkpoint if any chain moved since the last one; empty when nothing did. */
    @Transactional
    public Optional<CheckpointExport> write() {
        em.createNativeQuery("select pg_advisory_xact_lock(" + WRITER_LOCK + ")").getSingleResult();
        // skip locked: a chain whose append is in flight is left for the next checkpoint (no wait, no deadlock)
        @SuppressWarnings("unchecked")
        List<Object[]> moved = em.createNativeQuery("select chain_id, seq, hash from audit_chain_head "
                + "where not checkpointed order by chain_id for update skip locked").getResultList();
        if (moved.isEmpty()) {
            return Optional.empty();
        }
        Map<String, CheckpointExport.Head> heads = new TreeMap<>();
        for (Object[] row : moved) {
            heads.put(row[0].toString(), new CheckpointExport.Head(((Number) row[1]).longValue(), row[2].toString()));
        }
        Optional<AuditCheckpoint> previous = latest();
        long id = ((Number) em.createNativeQuery("select nextval('audit_checkpoint_id_seq')").getSingleResult())
                .longValue();
        CheckpointExport unsigned = new CheckpointExport(id, clock.instant().truncatedTo(ChronoUnit.MICROS), heads,
                previous.map(p -> p.signature).orElse(AuditHash.GENESIS), keys.keyId(), null);
        AuditCheckpoint c = new AuditCheckpoint();
        c.id = id;
        c.createdAt = unsigned.createdAt();
        c.heads = CheckpointExport.headLines(heads);
        c.chains = heads.size();
        c.prevSignature = unsigned.prevSignature();
        c.keyId = unsigned.keyId();
        c.signature = keys.signCheckpoint(unsigned.canonical());
        c.persist();
        em.createNativeQuery("""
                update audit_chain_head h set checkpointed = true
                  from (select split_part(l, ' ', 1) as chain, split_part(l, ' ', 2)::bigint as seq
                          from regexp_split_to_table(?1, '\\n') l where l <> '') moved
                 where h.chain_id = moved.chain and h.seq = moved.seq""").setParameter(1, c.heads).executeUpdate();
        CheckpointExport export = CheckpointExport.of(c);
        exportFile.ifPresent(file -> append(file, export));
        return Optional.of(export);
    }

    public Optional<CheckpointExport> latestExport() {
        return latest().map(CheckpointExport::of);
    }

    private Optional<AuditCheckpoint> latest() {
        return AuditCheckpoint.<AuditCheckpoint>find("order by id desc").firstResultOptional();
    }

    private void append(Path file, CheckpointExport export) {
        try {
            Files.writeString(file, json.writeValueAsString(export) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the checkpoint is in the database and signed; a missing file copy is an operations alarm, not a refusal
            LOG.errorf(e, "could not append audit checkpoint %d to %s", export.id(), file);
        }
    }
}
