package org.cartflow.fhir;

import java.math.BigDecimal;
import java.util.List;
import org.cartflow.kernel.CourseState;
import org.cartflow.surveillance.ExportRow;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

/**
 * One case of the de-identified surveillance export (SURV-1) as FHIR: a Patient named only by the keyed case
 * pseudonym (sex; no name, MRN, birth date or address), the infusion as a Procedure dated by its year, and the
 * case's items as one Observation with a component each. Nothing else leaves: no narrative names anyone.
 */
final class SurveillanceResources {

    static final List<String> TYPES = List.of("Patient", "Procedure", "Observation");
    private static final String SECURITY = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";
    private static final String ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

    private SurveillanceResources() {
    }

    static Patient patient(ExportRow r) {
        Patient p = new Patient();
        p.setId(r.caseId());
        p.getMeta().addSecurity(new Coding(SECURITY, "PSEUDED", "pseudonymized"));
        p.setGender("FEMALE".equals(r.sex()) ? AdministrativeGender.FEMALE : AdministrativeGender.MALE);
        return Narratives.generated(p, "Surveillance case " + r.caseId() + " (keyed pseudonym), " + r.sex().toLowerCase(
                java.util.Locale.ROOT) + ", age " + r.ageBand() + " at infusion.");
    }

    static Procedure infusion(ExportRow r) {
        Procedure p = new Procedure();
        p.setId("infusion-" + r.caseId());
        p.getMeta().addSecurity(new Coding(SECURITY, "PSEUDED", "pseudonymized"));
        p.setStatus(Procedure.ProcedureStatus.COMPLETED);
        p.setCode(new CodeableConcept(new Coding(FhirCodes.PROCEDURE, ProcedureCodes.CAR_T_INFUSION,
                ProcedureCodes.display(ProcedureCodes.CAR_T_INFUSION))));
        p.setSubject(new Reference("Patient/" + r.caseId()));
        p.setPerformed(new DateTimeType(String.valueOf(r.infusionYear()))); // the year only: dates identify
        return Narratives.generated(p, "CAR-T infusion of case " + r.caseId() + " in " + r.infusionYear() + ".");
    }

    static Observation summary(ExportRow r) {
        Observation o = new Observation();
        o.setId("summary-" + r.caseId());
        o.getMeta().addSecurity(new Coding(SECURITY, "PSEUDED", "pseudonymized"));
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(code(SurveillanceCodes.CASE_SUMMARY));
        o.setSubject(new Reference("Patient/" + r.caseId()));
        o.setEffective(new DateTimeType(String.valueOf(r.infusionYear())));
        // derived by CartFlow from the sealed records; the clinicians who recorded them are not named here
        o.addPerformer(new Reference().setDisplay("CartFlow all-case surveillance (SURV-1), derived from the course"));
        Type age = ageBand(r.ageBand());
        if (age == null) {
            o.addComponent().setCode(code("age-band")).setDataAbsentReason(absent("unknown")); // no birth date on record
        } else {
            o.addComponent().setCode(code("age-band")).setValue(age);
        }
        component(o, "course-state", new CodeableConcept(new Coding(FhirCodes.JOURNEY_STATE, r.state(),
                JourneyStateCodes.display(CourseState.valueOf(r.state())))));
        component(o, "max-crs-grade", new IntegerType(r.maxCrsGrade()));
        component(o, "crs-onset-day", r.crsOnsetDay() == null ? null : new IntegerType(r.crsOnsetDay()));
        component(o, "crs-duration", days(r.crsDurationDays()));
        component(o, "max-icans-grade", new IntegerType(r.maxIcansGrade()));
        component(o, "icans-onset-day", r.icansOnsetDay() == null ? null : new IntegerType(r.icansOnsetDay()));
        component(o, "icans-duration", days(r.icansDurationDays()));
        component(o, "tocilizumab-given", new BooleanType(r.tocilizumab()));
        component(o, "corticosteroid-given", new BooleanType(r.corticosteroid()));
        component(o, "worst-neutrophil-grade", new IntegerType(r.worstNeutrophilGrade()));
        component(o, "worst-platelet-grade", new IntegerType(r.worstPlateletGrade()));
        component(o, "best-response", r.bestResponse() == null ? null : new CodeableConcept(new Coding(
                FhirCodes.OBSERVATION, r.bestResponse(), ObservationCodes.display(r.bestResponse()))));
        component(o, "mrd-negative", new BooleanType(r.mrdNegative()));
        component(o, "deceased", new BooleanType(r.deceased()));
        component(o, "overall-survival", days(r.osDays()));
        component(o, "progression-free-survival", days(r.pfsDays()));
        component(o, "progressed-or-died", new BooleanType(r.progressedOrDied()));
        component(o, "duration-of-response", days(r.dorDays()));
        component(o, "infused-dose", r.infusedDoseMillions() == null ? null : new Quantity().setValue(
                r.infusedDoseMillions()).setSystem(FhirCodes.UCUM).setCode("10*6").setUnit("10^6 CAR+ T cells"));
        component(o, "dose-below-label-range", new BooleanType(r.doseBelowLabelRange()));
        return Narratives.generated(o, "Surveillance summary of case " + r.caseId() + ": infused " + r.infusionYear()
                + ", highest CRS grade " + r.maxCrsGrade() + ", highest ICANS grade " + r.maxIcansGrade()
                + ", best response " + (r.bestResponse() == null ? "not assessed" : r.bestResponse()) + ".");
    }

    private static void component(Observation o, String code, Type value) {
        var c = o.addComponent().setCode(code(code));
        if (value == null) {
            c.setDataAbsentReason(absent("not-applicable")); // it did not happen, or has not resolved yet
        } else {
            c.setValue(value);
        }
    }

    private static Type ageBand(String band) {
        if (band.equals("unknown")) {
            return null;
        }
        String[] bounds = band.replace("+", "").split("-");
        Range r = new Range().setLow(years(bounds[0]));
        return bounds.length > 1 ? r.setHigh(years(bounds[1])) : r;
    }

    private static org.hl7.fhir.r4.model.SimpleQuantity years(String n) {
        var q = new org.hl7.fhir.r4.model.SimpleQuantity();
        q.setValue(new BigDecimal(n)).setSystem(FhirCodes.UCUM).setCode("a").setUnit("years");
        return q;
    }

    private static Quantity days(Integer n) {
        return n == null ? null : new Quantity().setValue(n).setSystem(FhirCodes.UCUM).setCode("d").setUnit("days");
    }

    private static CodeableConcept code(String code) {
        return new CodeableConcept(new Coding(FhirCodes.SURVEILLANCE, code, SurveillanceCodes.DISPLAY.get(code)));
    }

    private static CodeableConcept absent(String code) {
        return new CodeableConcept(new Coding(ABSENT, code, code.equals("unknown") ? "Unknown" : "Not Applicable"));
    }
}
