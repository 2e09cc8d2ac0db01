package org.cartflow.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cartflow.common.LabValue;
import org.cartflow.common.ProblemException;
import org.cartflow.fhir.FhirResponses.Issue;
import org.cartflow.fhir.LabCodes.LabCode;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.Patient;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * Reads one laboratory Observation the lab system sent: which result, whose, when collected, the value in CartFlow's
 * unit beside what was sent, and from which system. Anything it cannot take exactly as meant is an issue naming the
 * element (FHIRPath), never a guess: an unknown code or unit, a comparator on a number, a result not final, a
 * collection time without a time of day.
 */
@ApplicationScoped
public class LabObservationReader {

    /** One result ready to store; {@code at} is where it was in the request. */
    public record IncomingLab(String at, LabCode code, Course course, Instant effectiveAt, BigDecimal canonical,
            LabValue reported, String text, String sourceSystem, String sourceId) {
    }

    private static final List<Observation.ObservationStatus> FINAL = List.of(Observation.ObservationStatus.FINAL,
            Observation.ObservationStatus.AMENDED, Observation.ObservationStatus.CORRECTED);

    @Inject
    FhirResponses responses;
    @Inject
    FhirResources resources;
    @Inject
    Clock clock;

    Optional<IncomingLab> read(String at, Observation o, List<Issue> issues) {
        int before = issues.size();
        if (!FINAL.contains(o.getStatus())) {
            issues.add(new Issue(at + ".status", "Only final, amended or corrected results are imported; this one is "
                    + (o.getStatus() == null ? "without a status" : o.getStatus().toCode()) + "."));
        }
        Optional<LabCode> code = o.getCode().getCoding().stream().filter(c -> FhirCodes.LOINC.equals(c.getSystem()))
                .map(c -> LabCodes.of(c.getCode())).flatMap(Optional::stream).findFirst();
        if (code.isEmpty()) {
            issues.add(new Issue(at + ".code", "No LOINC code (system " + FhirCodes.LOINC
                    + ") CartFlow imports; accepted: " + LabCodes.accepted() + "."));
        }
        Optional<Course> course = course(at, o.getSubject(), issues);
        Instant effective = effective(at, o, issues);
        String source = o.getMeta().hasSource() ? o.getMeta().getSource()
                : o.getIdentifierFirstRep().hasSystem() ? o.getIdentifierFirstRep().getSystem() : null;
        if (source == null) {
            issues.add(new Issue(at + ".meta.source",
                    "Name the sending laboratory system (meta.source, or the system of the result's identifier)."));
        }
        String sourceId = o.hasIdentifier() ? o.getIdentifierFirstRep().getSystem() + "|"
                + o.getIdentifierFirstRep().getValue() : null;
        Value value = code.map(c -> value(at, c, o, issues)).orElse(null);
        if (issues.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new IncomingLab(at, code.get(), course.get(), effective, value.canonical, value.reported,
                value.text, source, sourceId));
    }

    private record Value(BigDecimal canonical, LabValue reported, String text) {
    }

    private Value value(String at, LabCode code, Observation o, List<Issue> issues) {
        if (code.analyte() == null && o.getValue() instanceof StringType s && s.hasValue()) {
            return new Value(null, null, s.getValue().strip());
        }
        if (!(o.getValue() instanceof Quantity q) || !q.hasValue()) {
            issues.add(new Issue(at + ".valueQuantity", "LOINC " + code.loinc() + " (" + code.field()
                    + ") is imported as a valueQuantity" + (code.analyte() == null ? " or a valueString" : "") + "."));
            return null;
        }
        String unit = q.getCode();
        if (!FhirCodes.UCUM.equals(q.getSystem()) || !code.units().contains(unit)) {
            issues.add(new Issue(at + ".valueQuantity.code", "The unit " + (unit == null ? "(none)" : "'" + unit + "'")
                    + (FhirCodes.UCUM.equals(q.getSystem()) ? "" : " of system " + q.getSystem())
                    + " is not one CartFlow converts for LOINC " + code.loinc() + " (" + code.field()
                    + "); send one of " + code.units() + " (UCUM, system " + FhirCodes.UCUM + ")."));
            return null;
        }
        LabValue reported = new LabValue(q.getValue(), unit);
        if (code.analyte() == null) {
            String comparator = q.hasComparator() ? q.getComparator().toCode() : "";
            return new Value(null, reported, comparator + q.getValue().stripTrailingZeros().toPlainString() + " IU/mL");
        }
        if (q.hasComparator()) {
            issues.add(new Issue(at + ".valueQuantity.comparator", "A result written '" + q.getComparator().toCode()
                    + " " + q.getValue().toPlainString() + "' is not a number CartFlow can use for "
                    + code.field() + "; enter it by hand with the laboratory's comment."));
            return null;
        }
        try {
            return new Value(code.analyte().canonical(code.field(), reported), reported, null);
        } catch (ProblemException e) {
            issues.add(new Issue(at + ".valueQuantity.value", e.toProblem(null).errors().get(0).message()));
            return null;
        }
    }

    private Instant effective(String at, Observation o, List<Issue> issues) {
        if (!o.hasEffectiveDateTimeType() || !o.getEffectiveDateTimeType().hasValue()
                || o.getEffectiveDateTimeType().getPrecision().ordinal() < TemporalPrecisionEnum.MINUTE.ordinal()) {
            issues.add(new Issue(at + ".effectiveDateTime",
                    "Give the specimen's collection time (effectiveDateTime with time of day and zone)."));
            return null;
        }
        Instant t = o.getEffectiveDateTimeType().getValue().toInstant();
        if (t.isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
            issues.add(new Issue(at + ".effectiveDateTime", "The collection time " + t + " is in the future."));
            return null;
        }
        return t;
    }

    /** The open course of the subject: Patient/{id}, or a logical reference by the site's MRN identifier. */
    private Optional<Course> course(String at, Reference subject, List<Issue> issues) {
        Optional<Patient> patient;
        if (subject.hasReference()) {
            patient = FhirResponses.patientParameter(subject.getReference())
                    .filter(id -> subject.getReference().startsWith("Patient/")).flatMap(responses::visiblePatient);
        } else if (subject.hasIdentifier() && subject.getIdentifier().hasSystem()) {
            // the system is required: an MRN alone may name a patient at each of the caller's sites
            patient = responses.visibleByMrn(subject.getIdentifier().getSystem(), subject.getIdentifier().getValue())
                    .stream().findFirst();
        } else {
            patient = Optional.empty();
        }
        if (patient.isEmpty()) {
            issues.add(new Issue(at + ".subject", "The subject must be a patient visible to you: Patient/{id}, or an "
                    + "identifier with the site's MRN system (" + resources.mrnSystem("{site}") + ") and the MRN."));
            return Optional.empty();
        }
        Optional<Course> open = Course.active(patient.get().id);
        if (open.isEmpty()) {
            issues.add(new Issue(at + ".subject", "Patient/" + patient.get().id
                    + " has no open CAR-T course to file the result in."));
        }
        return open;
    }
}
