package org.cartflow.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A checkpoint as an auditor keeps it outside the database, and gives back to {@code POST /audit/verification}.
 * The signature covers every field; {@code heads} maps each chain that moved since the previous checkpoint to its
 * last event then.
 */
@Schema(description = "A signed audit checkpoint, to be kept outside CartFlow's database")
public record CheckpointExport(@NotNull Long id, @NotNull Instant createdAt, @NotNull Map<String, @Valid @NotNull Head> heads,
        @NotBlank String prevSignature, @NotBlank String keyId, @NotBlank String signature) {

    public record Head(@NotNull Long seq, @NotBlank String hash) {
    }

    static CheckpointExport of(AuditCheckpoint c) {
        SortedMap<String, Head> heads = new TreeMap<>();
        for (String line : c.heads.split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split(" ");
                heads.put(parts[0], new Head(Long.parseLong(parts[1]), parts[2]));
            }
        }
        return new CheckpointExport(c.id, c.createdAt, heads, c.prevSignature, c.keyId, c.signature);
    }

    static String headLines(Map<String, Head> heads) {
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(heads).forEach((chain, head) -> lines.append(chain).append(' ').append(head.seq()).append(' ')
                .append(head.hash()).append('\n'));
        return lines.toString();
    }

    /** What the signature covers. */
    String canonical() {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] { id, createdAt, headLines(heads), prevSignature, keyId }) {
            AuditHash.appendField(canonical, field);
        }
        return canonical.toString();
    }
}
