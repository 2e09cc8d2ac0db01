package org.cartflow.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Date;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.Patient;
import org.cartflow.kernel.Sex;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/** CartFlow's records as HAPI FHIR R4 resources. */
@ApplicationScoped
public class FhirResources {

    private final String mrnSystemBase;

    FhirResources(@ConfigProperty(name = "cartflow.fhir.mrn-system", defaultValue = "http://cartflow.org/fhir/sid/mrn")
            String mrnSystemBase) {
        this.mrnSystemBase = mrnSystemBase;
    }

    /** The MRN's identifier system: one per site, since an MRN is unique only within its site. */
    public String mrnSystem(String site) {
        return mrnSystemBase + "/" + site;
    }

    public org.hl7.fhir.r4.model.Patient patient(Patient p) {
        var r = new org.hl7.fhir.r4.model.Patient();
        r.setId(String.valueOf(p.id));
        r.setMeta(new Meta().setVersionId(String.valueOf(p.version)));
        r.addIdentifier()
                .setUse(Identifier.IdentifierUse.USUAL)
                .setType(new CodeableConcept(new Coding(FhirCodes.IDENTIFIER_TYPE, "MR", "Medical record number")))
                .setSystem(mrnSystem(p.site))
                .setValue(p.mrn);
        r.addName().setFamily(p.familyName).addGiven(p.givenName);
        r.setBirthDateElement(new DateType(p.birthDate.toString()));
        r.setGender(p.sex == Sex.FEMALE ? AdministrativeGender.FEMALE : AdministrativeGender.MALE);
        return Narratives.generated(r, p.familyName + " " + p.givenName + ", MRN " + p.mrn + ", born " + p.birthDate);
    }

    public EpisodeOfCare episodeOfCare(Course c) {
        var r = new EpisodeOfCare();
        r.setId(String.valueOf(c.id));
        r.setMeta(new Meta().setVersionId(String.valueOf(c.version)));
        r.setStatus(JourneyStateCodes.status(c.state));
        r.addType(new CodeableConcept(new Coding(FhirCodes.JOURNEY_STATE, c.state.name(),
                JourneyStateCodes.display(c.state))).setText("CAR-T course: " + JourneyStateCodes.display(c.state)));
        r.setPatient(new Reference("Patient/" + c.patient.id));
        Period period = new Period().setStart(Date.from(c.createdAt));
        if (c.closedAt != null) {
            period.setEnd(Date.from(c.closedAt));
        }
        r.setPeriod(period);
        return Narratives.generated(r, "CAR-T course " + c.id + ": " + JourneyStateCodes.display(c.state));
    }
}
