package org.cartflow.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cartflow.apheresis.LeukapheresisConsent;
import org.cartflow.eligibility.TreatmentConsent;
import org.cartflow.kernel.Course;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;

/**
 * The two written consents of a course: to the treatment (CONSENT-1, id {@code treatment-N}) and to the use of the
 * collected cells (CONSENT-2, id {@code leukapheresis-N}). The newest record of each is active; a record it replaced
 * is inactive. The signed paper or scan stays where the hospital keeps it: the Consent names its document reference.
 */
@ApplicationScoped
public class ConsentResources {

    static final String TREATMENT = "treatment";
    static final String LEUKAPHERESIS = "leukapheresis";

    List<Consent> consents(Course c) {
        List<Consent> found = new ArrayList<>();
        List<TreatmentConsent> treatment = TreatmentConsent.list("courseId = ?1 order by id", c.id);
        for (int i = 0; i < treatment.size(); i++) {
            TreatmentConsent t = treatment.get(i);
            found.add(consent(c, TREATMENT + "-" + t.id, i == treatment.size() - 1, t.signedOn,
                    t.signerName + " (" + t.signedBy.name().toLowerCase(java.util.Locale.ROOT) + ")", t.documentReference,
                    "CAR-T treatment (CONSENT-1)", "explained by " + t.explainedBy + (t.written ? ", written" : ", not written")));
        }
        List<LeukapheresisConsent> cells = LeukapheresisConsent.list("courseId = ?1 order by id", c.id);
        for (int i = 0; i < cells.size(); i++) {
            LeukapheresisConsent l = cells.get(i);
            found.add(consent(c, LEUKAPHERESIS + "-" + l.id, i == cells.size() - 1, l.signedOn, l.signerName,
                    l.documentReference, "Leukapheresis and use of the collected cells (CONSENT-2)",
                    "explained by " + l.explainedBy + ", witnessed by " + l.witnessName
                            + (l.useOfCellsExplained ? ", use of the cells explained" : "")
                            + (l.written ? ", written" : ", not written")));
        }
        return found;
    }

    /** The course of a Consent id ("treatment-N" or "leukapheresis-N"). */
    static Optional<Long> courseOf(String id) {
        String[] parts = id.split("-", 2);
        Optional<Long> n = parts.length == 2 ? FhirResponses.number(parts[1]) : Optional.empty();
        return switch (parts[0]) {
            case TREATMENT -> n.flatMap(k -> TreatmentConsent.<TreatmentConsent>findByIdOptional(k)).map(t -> t.courseId);
            case LEUKAPHERESIS -> n.flatMap(k -> LeukapheresisConsent.<LeukapheresisConsent>findByIdOptional(k))
                    .map(l -> l.courseId);
            default -> Optional.empty();
        };
    }

    private static Consent consent(Course c, String id, boolean current, LocalDate signedOn, String signer,
            String document, String what, String how) {
        Consent consent = new Consent();
        consent.setId(id);
        consent.setStatus(current ? Consent.ConsentState.ACTIVE : Consent.ConsentState.INACTIVE);
        consent.setScope(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/consentscope",
                "treatment", "Treatment")));
        consent.addCategory(new CodeableConcept(new Coding(FhirCodes.LOINC, "59284-0", "Patient Consent")).setText(what));
        consent.setPatient(new Reference("Patient/" + c.patient.id));
        consent.setDateTimeElement(new DateTimeType(signedOn.toString()));
        consent.addPerformer(new Reference().setDisplay(signer));
        consent.setSource(new Reference().setDisplay(document)); // the hospital's own reference to the signed form
        // ppc-1 needs a policy: the label rule that requires this consent
        consent.addPolicy().setUri("http://cartflow.org/fhir/rule/" + (id.startsWith(TREATMENT) ? "CONSENT-1" : "CONSENT-2"));
        consent.getProvision().setType(Consent.ConsentProvisionType.PERMIT);
        return Narratives.generated(consent, what + ": signed " + signedOn + " by " + signer + ", " + how
                + "; document " + document + (current ? "" : " (replaced by a later record)"));
    }
}
