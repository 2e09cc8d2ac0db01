package org.cartflow.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hashes that expose a changed audit row. {@link #keyed} (HMAC-SHA256 with a key kept outside the database, over
 * every field including the id and the place in the chain) is what every event gets; {@link #legacy} (plain SHA-256
 * over the fields and the previous hash) is how events written before issue 20 are checked.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String keyed(AuditEvent e, byte[] key) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] { e.id, e.chainId, e.chainSeq, e.occurredAt, e.actor, e.actorRole, e.action,
                e.patientId, e.courseId, e.stateBefore, e.stateAfter, e.reason, e.details, e.prevHash, e.keyId }) {
            appendField(canonical, field);
        }
        return hmac(key, canonical.toString());
    }

    static String legacy(AuditEvent e) {
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

    static String hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Length-prefixed, so no value can pass for two fields (a null is "-", distinct from an empty text "0:"). */
    static void appendField(StringBuilder canonical, Object field) {
        if (field == null) {
            canonical.append("-;");
        } else {
            String s = field.toString();
            canonical.append(s.length()).append(':').append(s).append(';');
        }
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
