package org.cartflow.fhir;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cartflow.adt.AdtUpdates.Demographics;
import org.cartflow.fhir.FhirResponses.Issue;
import org.cartflow.kernel.Sex;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;

/**
 * Reads a Patient the EHR's ADT feed sent: the official (else first) name, birth date, sex, and a merge
 * ({@code link} of type replaced-by). What CartFlow cannot record as sent is an issue, not a guess: a gender other
 * than male or female (CartFlow records sex for Cockcroft-Gault and the CTCAE limits; such a patient is updated by
 * hand), a missing name part or birth date.
 */
final class AdtPatientReader {

    private AdtPatientReader() {
    }

    static Optional<Demographics> read(Patient p, List<Issue> issues) {
        int before = issues.size();
        HumanName name = p.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(p.getNameFirstRep());
        if (!name.hasFamily() || !name.hasGiven()) {
            issues.add(new Issue("Patient.name", "Send the patient's family and given name."));
        }
        if (!p.hasBirthDate()) {
            issues.add(new Issue("Patient.birthDate", "Send the patient's birth date."));
        }
        Sex sex = p.getGender() == AdministrativeGender.FEMALE ? Sex.FEMALE
                : p.getGender() == AdministrativeGender.MALE ? Sex.MALE : null;
        if (sex == null) {
            issues.add(new Issue("Patient.gender", "CartFlow records sex as male or female for its dosing formulas; "
                    + "update this patient by hand."));
        }
        String replacedBy = p.getLink().stream()
                .filter(l -> l.getType() == Patient.LinkType.REPLACEDBY).findFirst()
                .map(l -> l.getOther().hasReference() ? l.getOther().getReference()
                        : l.getOther().getIdentifier().getSystem() + "|" + l.getOther().getIdentifier().getValue())
                .orElse(null);
        if (issues.size() > before) {
            return Optional.empty();
        }
        String given = String.join(" ", name.getGiven().stream().map(g -> g.getValue()).toList());
        LocalDate born = LocalDate.parse(p.getBirthDateElement().getValueAsString().substring(0, 10));
        return Optional.of(new Demographics(name.getFamily().strip(), given.strip(), born, sex, replacedBy));
    }
}
