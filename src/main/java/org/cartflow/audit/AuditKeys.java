package org.cartflow.audit;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The secret that keys the audit chain's hashes, signs its checkpoints and keys export pseudonyms. It lives in the application's
 * configuration (a secret, {@code CARTFLOW_AUDIT_HMAC_KEY}), never in the database, so someone holding the database
 * password cannot write an event or a checkpoint that verifies. A missing, short or placeholder key stops the start.
 */
@Startup
@ApplicationScoped
public class AuditKeys {

    static final int MIN_KEY_BYTES = 32;

    @ConfigProperty(name = "cartflow.audit.hmac-key")
    java.util.Optional<String> encodedKey;

    @ConfigProperty(name = "cartflow.audit.hmac-key-id", defaultValue = "k1")
    String keyId;

    private byte[] eventKey;
    private byte[] checkpointKey;
    private byte[] pseudonymKey;
    private byte[] recordKey;

    @PostConstruct
    void load() {
        eventKey = decode(encodedKey.orElse(null));
        // a key of its own for checkpoints, derived so that one secret is enough to configure
        checkpointKey = AuditHash.hmac(eventKey, "cartflow-audit-checkpoint-v1").getBytes(StandardCharsets.US_ASCII);
        pseudonymKey = AuditHash.hmac(eventKey, "cartflow-pseudonym-v1").getBytes(StandardCharsets.US_ASCII);
        recordKey = AuditHash.hmac(eventKey, "cartflow-record-seal-v1").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] decode(String encoded) {
        if (encoded == null || encoded.isBlank() || encoded.toLowerCase(java.util.Locale.ROOT).contains("change-me")) {
            throw new IllegalStateException("cartflow.audit.hmac-key (CARTFLOW_AUDIT_HMAC_KEY) must be set to a random "
                    + "secret of at least " + MIN_KEY_BYTES + " bytes, base64-encoded, e.g. `openssl rand -base64 32`");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cartflow.audit.hmac-key (CARTFLOW_AUDIT_HMAC_KEY) is not base64", e);
        }
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("cartflow.audit.hmac-key (CARTFLOW_AUDIT_HMAC_KEY) has " + key.length
                    + " bytes; at least " + MIN_KEY_BYTES + " are needed (`openssl rand -base64 32`)");
        }
        return key;
    }

    String keyId() {
        return keyId;
    }

    boolean knows(String id) {
        return keyId.equals(id);
    }

    String seal(AuditEvent e) {
        return AuditHash.keyed(e, eventKey);
    }

    /**
     * A pseudonym for {@code subject} that only this site can compute (keyed, so a registry cannot walk back from it
     * to a course id), and the same in every export, so follow-up reports of one case line up.
     */
    public String pseudonym(String subject) {
        return AuditHash.hmac(pseudonymKey, subject).substring(0, 16);
    }

    String sealRecord(String canonical) {
        return AuditHash.hmac(recordKey, canonical);
    }

    String signCheckpoint(String canonical) {
        return AuditHash.hmac(checkpointKey, canonical);
    }
}
