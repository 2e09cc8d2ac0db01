package org.cartflow.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.cartflow.audit.AuditEvent;
import org.cartflow.audit.SignatureMeaning;
import org.cartflow.audit.SignatureView;
import org.cartflow.audit.Signatures;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.Patient;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Signature;

/**
 * The trail of a journey as FHIR: each electronic signature as a Provenance of the record it signs (who, the
 * signature's meaning, when; 21 CFR 11.50), each audit-trail event as an AuditEvent (who, role, what, when, why,
 * and the event's place in its keyed hash chain, so a reader can check it against {@code POST /audit/verification}).
 */
@ApplicationScoped
public class TrailResources {

    /** ASTM E1762-95 signature types, as R4's signature-type value set names them. */
    static final String SIGNATURE_TYPE = "urn:iso-astm:E1762-95:2013";
    private static final String PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    private static final String PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
    private static final String AUDIT_EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type";
    private static final String SOURCE_TYPE = "http://terminology.hl7.org/CodeSystem/security-source-type";
    private static final String ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    private static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";

    @Inject
    Signatures signatures;

    List<Provenance> provenances(Course c) {
        return signatures.ofCourse(c.id).stream().map(s -> provenance(c, s)).toList();
    }

    /** The course of a Provenance id (the signature's id). */
    static Optional<Long> courseOfSignature(String id) {
        return FhirResponses.number(id)
                .flatMap(n -> org.cartflow.audit.ElectronicSignature.<org.cartflow.audit.ElectronicSignature>findByIdOptional(n))
                .map(s -> s.courseId);
    }

    private static Provenance provenance(Course c, SignatureView s) {
        Provenance p = new Provenance();
        p.setId(String.valueOf(s.id()));
        targets(c, s).forEach(p::addTarget);
        // the instant's own text keeps its microseconds, so it matches the REST API's and the audit trail's
        p.setRecordedElement(new InstantType(s.signedAt().toString()));
        p.setOccurred(new DateTimeType(s.signedAt().toString()));
        boolean verification = verifies(s.meaning());
        // R4's activity value set has HL7's participation types, not what was attested: the meaning rides beside it
        p.setActivity(new CodeableConcept(new Coding(FhirCodes.SIGNATURE_MEANING, SignatureMeaningCodes.code(s.meaning()),
                s.meaning().text())).addCoding(verification ? new Coding(PARTICIPATION, "VRF", "verifier")
                        : new Coding(PARTICIPATION, "AUTHEN", "authenticator"))
                .setText(s.meaningText()));
        Reference signer = signer(s);
        p.addAgent().setType(new CodeableConcept(verification ? new Coding(PARTICIPANT_TYPE, "verifier", "Verifier")
                : new Coding(PARTICIPANT_TYPE, "attester", "Attester")))
                .addRole(new CodeableConcept().setText(s.signerRole())).setWho(signer);
        Signature sig = p.addSignature().setWhenElement(new InstantType(s.signedAt().toString())).setWho(signer.copy());
        sig.addType(verification
                ? new Coding(SIGNATURE_TYPE, "1.2.840.10065.1.12.1.5", "Verification Signature")
                : new Coding(SIGNATURE_TYPE, "1.2.840.10065.1.12.1.1", "Author's Signature"));
        return Narratives.generated(p, s.meaningText() + ": signed by " + s.signerName() + " (" + s.signerUsername()
                + ", " + s.signerRole() + ") at " + s.signedAt() + ", credentials entered at " + s.authenticatedAt()
                + "; signs " + s.recordType() + " " + s.recordId() + ".");
    }

    /** A second person's check is a verification; a declaration or an authorisation is the signer's own act. */
    private static boolean verifies(SignatureMeaning m) {
        return m == SignatureMeaning.LD_DOSES_VERIFIED || m == SignatureMeaning.IDENTITY_COSIGNED
                || m == SignatureMeaning.BEDSIDE_IDENTITY_COSIGNED;
    }

    private static Reference signer(SignatureView s) {
        return new Reference().setIdentifier(new Identifier().setSystem(FhirCodes.USER).setValue(s.signerUsername()))
                .setDisplay(s.signerName());
    }

    /** The signed record as the FHIR resource(s) CartFlow serves for it, or by its CartFlow identifier. */
    private static List<Reference> targets(Course c, SignatureView s) {
        return switch (s.recordType()) {
            case "ld-order" -> List.of(new Reference("MedicationRequest/" + s.recordId() + "-fludarabine"),
                    new Reference("MedicationRequest/" + s.recordId() + "-cyclophosphamide"));
            case "product-bag" -> List.of(new Reference("BiologicallyDerivedProduct/" + s.recordId()));
            case "course" -> List.of(new Reference("EpisodeOfCare/" + s.recordId()));
            default -> List.of(new Reference().setIdentifier(new Identifier()
                    .setSystem("http://cartflow.org/fhir/sid/" + s.recordType()).setValue(String.valueOf(s.recordId())))
                    .setDisplay(s.recordType() + " " + s.recordId() + " of course " + c.id));
        };
    }

    /** A patient's audit events: their own and those of each of their courses, oldest first. */
    List<org.hl7.fhir.r4.model.AuditEvent> auditEvents(Patient p) {
        List<AuditEvent> events = AuditEvent.list("patientId = ?1 or courseId in "
                + "(select c.id from Course c where c.patient.id = ?1) order by id", p.id);
        return events.stream().map(e -> auditEvent(e, p)).toList();
    }

    /** The patient an audit event is about: its own patient, else its course's. */
    static Optional<Patient> patientOf(AuditEvent e) {
        if (e.patientId != null) {
            return Patient.findByIdOptional(e.patientId);
        }
        return Optional.ofNullable(e.courseId).flatMap(id -> Course.<Course>findByIdOptional(id)).map(c -> c.patient);
    }

    org.hl7.fhir.r4.model.AuditEvent auditEvent(AuditEvent e, Patient p) {
        var a = new org.hl7.fhir.r4.model.AuditEvent();
        a.setId(String.valueOf(e.id));
        a.setType(new Coding(AUDIT_EVENT_TYPE, "rest", "RESTful Operation"));
        a.setAction(org.hl7.fhir.r4.model.AuditEvent.AuditEventAction.E);
        a.setRecordedElement(new InstantType(e.occurredAt.toString()));
        a.setOutcome(org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome._0);
        a.addAgent().setWho(new Reference().setIdentifier(new Identifier().setSystem(FhirCodes.USER).setValue(e.actor))
                .setDisplay(e.actor)).addRole(new CodeableConcept().setText(e.actorRole)).setRequestor(true);
        a.getSource().setSite(p.site).setObserver(new Reference().setDisplay("CartFlow"))
                .addType(new Coding(SOURCE_TYPE, "4", "Application Server"));
        a.addEntity().setWhat(new Reference("Patient/" + p.id)).setType(new Coding(ENTITY_TYPE, "1", "Person"))
                .setRole(new Coding(OBJECT_ROLE, "1", "Patient"));
        var what = a.addEntity().setType(new Coding(ENTITY_TYPE, "2", "System Object"));
        if (e.courseId != null) {
            what.setWhat(new Reference("EpisodeOfCare/" + e.courseId));
        }
        detail(what, "action", e.action);
        detail(what, "stateBefore", e.stateBefore);
        detail(what, "stateAfter", e.stateAfter);
        detail(what, "reason", e.reason);
        detail(what, "details", e.details);
        detail(what, "chain", e.chainId + " #" + e.chainSeq);
        detail(what, "hash", e.hash == null ? null : e.hash.strip());
        return Narratives.generated(a, e.action + " by " + e.actor + " (" + e.actorRole + ") at " + e.occurredAt
                + (e.stateAfter == null ? "" : ": " + (e.stateBefore == null ? "" : e.stateBefore + " -> ") + e.stateAfter)
                + (e.reason == null ? "" : "; reason: " + e.reason) + ".");
    }

    private static void detail(org.hl7.fhir.r4.model.AuditEvent.AuditEventEntityComponent entity, String type,
            String value) {
        if (value != null && !value.isBlank()) {
            entity.addDetail().setType(type).setValue(new org.hl7.fhir.r4.model.StringType(value));
        }
    }
}
