package org.cartflow.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over an event's fields and the previous event's hash: the chain that exposes a changed row. */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(AuditEvent e) {
        String canonical = String.join("\u001f",
                e.occurredAt.toString(), e.actor, e.actorRole, e.action,
                str(e.patientId), str(e.courseId), str(e.stateBefore), str(e.stateAfter), str(e.reason),
                str(e.details), e.prevHash);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
