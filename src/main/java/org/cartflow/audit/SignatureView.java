package org.cartflow.audit;

import java.time.Instant;

/** A signature as every view of a signed record shows it: who (subject, user name, full name, role), what, when. */
public record SignatureView(long id, String recordType, long recordId, SignatureMeaning meaning, String meaningText,
        String signerSubject, String signerUsername, String signerName, String signerRole, Instant signedAt,
        Instant authenticatedAt) {

    static SignatureView of(ElectronicSignature s) {
        return new SignatureView(s.id, s.recordType, s.recordId, s.meaning, s.meaningText, s.signerSubject,
                s.signerUsername, s.signerName, s.signerRole, s.signedAt, s.authenticatedAt);
    }
}
