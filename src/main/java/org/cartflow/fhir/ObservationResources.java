package org.cartflow.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.cartflow.kernel.Course;
import org.cartflow.labs.ImportedLabResult;
import org.cartflow.monitoring.LabPanel;
import org.cartflow.monitoring.ResponseAssessment;
import org.cartflow.monitoring.MonitoringAssessment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * Each monitoring assessment as Observations: vital signs with LOINC codes and UCUM units under the R4 vital-signs
 * profiles, and the CRS grade, ICANS grade and ICE score under CartFlow's observation codes.
 */
@ApplicationScoped
public class ObservationResources {

    static final String VITAL_SIGNS = "vital-signs";
    static final String SURVEY = "survey";
    static final String EXAM = "exam";
    static final String LABORATORY = "laboratory";
    private static final String LAB = "lab-";
    private static final String PANEL = "panel-";
    private static final String RESPONSE = "response-";

    List<Observation> observations(Course c) {
        List<Observation> found = new ArrayList<>();
        MonitoringAssessment.ofCourse(c.id).forEach(a -> found.addAll(of(c, a)));
        ImportedLabResult.ofCourse(c.id).forEach(r -> found.add(lab(c, r)));
        LabPanel.ofCourse(c.id).forEach(l -> found.addAll(panel(c, l)));
        ResponseAssessment.ofCourse(c.id).forEach(r -> found.add(response(c, r)));
        return found;
    }

    /** The course of an Observation id ("assessmentId-kind", or "lab-id" of a result the lab system sent). */
    static Optional<Long> courseOf(String id) {
        if (id.startsWith(LAB)) {
            return importedLab(id).map(r -> r.courseId);
        }
        if (id.startsWith(PANEL)) {
            return numberAfter(id, PANEL).flatMap(n -> LabPanel.<LabPanel>findByIdOptional(n)).map(l -> l.courseId);
        }
        if (id.startsWith(RESPONSE)) {
            return numberAfter(id, RESPONSE).flatMap(n -> ResponseAssessment.<ResponseAssessment>findByIdOptional(n))
                    .map(r -> r.courseId);
        }
        int dash = id.indexOf('-');
        return dash < 0 ? Optional.empty() : FhirResponses.number(id.substring(0, dash))
                .flatMap(n -> MonitoringAssessment.<MonitoringAssessment>findByIdOptional(n)).map(a -> a.courseId);
    }

    Optional<Observation> observation(Course c, String id) {
        if (id.startsWith(LAB)) {
            return importedLab(id).filter(r -> r.courseId.equals(c.id)).map(r -> lab(c, r));
        }
        if (id.startsWith(PANEL)) {
            return numberAfter(id, PANEL).flatMap(n -> LabPanel.<LabPanel>findByIdOptional(n))
                    .filter(l -> l.courseId.equals(c.id)).flatMap(l -> FhirResponses.withId(panel(c, l), id));
        }
        if (id.startsWith(RESPONSE)) {
            return numberAfter(id, RESPONSE).flatMap(n -> ResponseAssessment.<ResponseAssessment>findByIdOptional(n))
                    .filter(r -> r.courseId.equals(c.id)).map(r -> response(c, r));
        }
        int dash = id.indexOf('-');
        return FhirResponses.number(id.substring(0, Math.max(dash, 0)))
                .flatMap(n -> MonitoringAssessment.<MonitoringAssessment>findByIdOptional(n))
                .filter(a -> a.courseId.equals(c.id)).stream().flatMap(a -> of(c, a).stream())
                .filter(o -> o.getIdElement().getIdPart().equals(id)).findFirst();
    }

    /** The record id after a prefix, up to the next dash: "panel-12-anc" gives 12. */
    private static Optional<Long> numberAfter(String id, String prefix) {
        String rest = id.substring(prefix.length());
        int dash = rest.indexOf('-');
        return FhirResponses.number(dash < 0 ? rest : rest.substring(0, dash));
    }

    /**
     * A post-infusion panel as one laboratory Observation per value CartFlow holds, in its canonical unit, with the
     * CTCAE grade of the counts as a component. A value the lab system sent links to it (derivedFrom lab-N).
     * Phosphate and calcium are left out: no LOINC code for them is verified here.
     */
    List<Observation> panel(Course c, LabPanel l) {
        List<Observation> out = new ArrayList<>();
        List<ImportedLabResult> sent = ImportedLabResult.list("labPanelId", l.id);
        Object[][] values = { { "anc", l.anc, l.neutrophilGrade }, { "platelets", l.platelets, l.plateletGrade },
                { "hemoglobin", l.hemoglobin, l.anaemiaGrade }, { "potassium", l.potassium, null },
                { "creatinine", l.creatinine, null }, { "crp", l.crp, null }, { "ferritin", l.ferritin, null },
                { "uricAcid", l.uricAcid, null }, { "igg", l.igg, null } };
        for (Object[] v : values) {
            if (v[1] == null) {
                continue;
            }
            String field = (String) v[0];
            BigDecimal value = (BigDecimal) v[1];
            LabCodes.LabCode code = LabCodes.of(field, LabCodes.canonicalUnit(field)).orElseThrow();
            Observation o = new Observation();
            o.setId(PANEL + l.id + "-" + field.toLowerCase(java.util.Locale.ROOT));
            o.setStatus(Observation.ObservationStatus.FINAL);
            o.addCategory(new CodeableConcept(new Coding(FhirCodes.OBSERVATION_CATEGORY, LABORATORY, "Laboratory")));
            o.setCode(loinc(code.loinc(), code.display()));
            o.setSubject(new Reference("Patient/" + c.patient.id));
            o.setEffective(new org.hl7.fhir.r4.model.DateTimeType(Date.from(l.collectedAt)));
            o.setIssued(Date.from(l.recordedAt));
            o.addPerformer(new Reference().setDisplay(l.recordedBy));
            String unit = code.analyte().canonicalUnit();
            o.setValue(ucum(value, unit, unit));
            String grade = "";
            if (v[2] != null) {
                o.addComponent().setCode(new CodeableConcept(new Coding(FhirCodes.OBSERVATION,
                        ObservationCodes.CTCAE_GRADE, ObservationCodes.display(ObservationCodes.CTCAE_GRADE))))
                        .setValue(new IntegerType((Integer) v[2]));
                grade = ", CTCAE " + l.ctcaeVersion + " grade " + v[2];
            }
            sent.stream().filter(r -> r.analyte.equals(field))
                    .forEach(r -> o.addDerivedFrom(new Reference("Observation/" + LAB + r.id)));
            Narratives.generated(o, code.display() + ": " + value.stripTrailingZeros().toPlainString() + " " + unit
                    + grade + " (day " + l.dayNumber + ")");
            out.add(o);
        }
        return out;
    }

    /** A response assessment (IMWG category) with its MRD status as a component. */
    Observation response(Course c, ResponseAssessment r) {
        Observation o = new Observation();
        o.setId(RESPONSE + r.id);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding(FhirCodes.OBSERVATION_CATEGORY, EXAM, "Exam")));
        o.setCode(new CodeableConcept(new Coding(FhirCodes.OBSERVATION, ObservationCodes.RESPONSE,
                ObservationCodes.display(ObservationCodes.RESPONSE))));
        o.setSubject(new Reference("Patient/" + c.patient.id));
        o.setEffective(new org.hl7.fhir.r4.model.DateTimeType(r.assessedOn.toString()));
        o.setIssued(Date.from(r.recordedAt));
        o.addPerformer(new Reference().setDisplay(r.recordedBy));
        o.setValue(new CodeableConcept(new Coding(FhirCodes.OBSERVATION, r.response,
                ObservationCodes.display(r.response))));
        String mrd = "mrd-" + r.mrd.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        o.addComponent().setCode(new CodeableConcept(new Coding(FhirCodes.OBSERVATION, ObservationCodes.MRD,
                ObservationCodes.display(ObservationCodes.MRD))))
                .setValue(new CodeableConcept(new Coding(FhirCodes.OBSERVATION, mrd, ObservationCodes.display(mrd))));
        return Narratives.generated(o, "Myeloma response " + r.response + " on " + r.assessedOn + ", MRD "
                + r.mrd.toLowerCase(java.util.Locale.ROOT));
    }

    private static Optional<ImportedLabResult> importedLab(String id) {
        return FhirResponses.number(id.substring(LAB.length()))
                .flatMap(n -> ImportedLabResult.<ImportedLabResult>findByIdOptional(n));
    }

    /** A result the lab system sent, as it was sent (value, unit, source and its identifier). */
    Observation lab(Course c, ImportedLabResult r) {
        LabCodes.LabCode code = LabCodes.of(r.loinc).orElseThrow();
        Observation o = new Observation();
        o.setId(LAB + r.id);
        o.getMeta().setSource(r.sourceSystem);
        if (r.sourceId != null) {
            int bar = r.sourceId.indexOf('|');
            o.addIdentifier().setSystem(r.sourceId.substring(0, bar)).setValue(r.sourceId.substring(bar + 1));
        }
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding(FhirCodes.OBSERVATION_CATEGORY, LABORATORY, "Laboratory")));
        o.setCode(loinc(code.loinc(), code.display()));
        o.setSubject(new Reference("Patient/" + c.patient.id));
        o.setEffective(new org.hl7.fhir.r4.model.DateTimeType(Date.from(r.effectiveAt)));
        o.setIssued(Date.from(r.importedAt));
        o.addPerformer(new Reference().setDisplay("Laboratory " + r.sourceSystem));
        if (r.originalValue != null) {
            o.setValue(ucum(r.originalValue, r.originalUnit, r.originalUnit));
        } else {
            o.setValue(new org.hl7.fhir.r4.model.StringType(r.valueText));
        }
        String used = r.valueCanonical == null || r.originalUnit.equals(r.unitCanonical) ? ""
                : "; CartFlow uses " + r.valueCanonical.toPlainString() + " " + r.unitCanonical;
        Narratives.generated(o, code.display() + ": " + (r.originalValue == null ? r.valueText
                : r.originalValue.stripTrailingZeros().toPlainString() + " " + r.originalUnit) + used + " (from "
                + r.sourceSystem + ")");
        return o;
    }

    private List<Observation> of(Course c, MonitoringAssessment a) {
        List<Observation> o = new ArrayList<>();
        o.add(vital(c, a, "body-temperature", "bodytemp", loinc("8310-5", "Body temperature"))
                .setValue(ucum(a.temperatureC, "Cel", "C")));
        o.add(vital(c, a, "heart-rate", "heartrate", loinc("8867-4", "Heart rate"))
                .setValue(ucum(BigDecimal.valueOf(a.heartRate), "/min", "beats/minute")));
        Observation bp = vital(c, a, "blood-pressure", "bp", loinc("85354-9", "Blood pressure panel with all children optional"));
        bp.addComponent().setCode(loinc("8480-6", "Systolic blood pressure"))
                .setValue(ucum(BigDecimal.valueOf(a.systolicBp), "mm[Hg]", "mmHg"));
        bp.addComponent().setCode(loinc("8462-4", "Diastolic blood pressure"))
                .setValue(ucum(BigDecimal.valueOf(a.diastolicBp), "mm[Hg]", "mmHg"));
        o.add(bp);
        // the R4 oxygensat profile fixes 2708-6; a second pulse-oximetry coding (59408-5) makes the validator warn
        CodeableConcept spo2 = loinc("2708-6", "Oxygen saturation in Arterial blood");
        o.add(vital(c, a, "oxygen-saturation", "oxygensat", spo2)
                .setValue(ucum(BigDecimal.valueOf(a.spo2), "%", "%")));
        o.add(grade(c, a, ObservationCodes.CRS_GRADE, EXAM, a.crsGrade)
                .addNote(new org.hl7.fhir.r4.model.Annotation().setText("Oxygen: " + a.oxygenDevice
                        + (a.oxygenFlowLpm == null ? "" : " " + a.oxygenFlowLpm.stripTrailingZeros().toPlainString()
                                + " L/min") + "; hypotension " + a.hypotension + ", vasopressors " + a.vasopressors
                        + (a.feverAttributedTo == null ? "" : "; fever attributed to " + a.feverAttributedTo))));
        o.add(grade(c, a, ObservationCodes.ICANS_GRADE, EXAM, a.icansGrade));
        if (a.iceScore != null) {
            o.add(grade(c, a, ObservationCodes.ICE_SCORE, SURVEY, a.iceScore));
        }
        o.forEach(ob -> Narratives.generated(ob, ob.getCode().getCodingFirstRep().getDisplay() + ": " + valueText(ob)
                + " (day " + a.dayNumber + ")"));
        return o;
    }

    private static Observation vital(Course c, MonitoringAssessment a, String kind, String profile,
            CodeableConcept code) {
        Observation o = base(c, a, kind, VITAL_SIGNS, code);
        o.getMeta().addProfile("http://hl7.org/fhir/StructureDefinition/" + profile);
        return o;
    }

    private static Observation grade(Course c, MonitoringAssessment a, String code, String category, int value) {
        Observation o = base(c, a, code, category,
                new CodeableConcept(new Coding(FhirCodes.OBSERVATION, code, ObservationCodes.display(code))));
        o.setValue(new IntegerType(value));
        return o;
    }

    private static Observation base(Course c, MonitoringAssessment a, String kind, String category,
            CodeableConcept code) {
        Observation o = new Observation();
        o.setId(a.id + "-" + kind);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding(FhirCodes.OBSERVATION_CATEGORY, category, categoryDisplay(category))));
        o.setCode(code);
        o.setSubject(new Reference("Patient/" + c.patient.id));
        o.setEffective(new org.hl7.fhir.r4.model.DateTimeType(Date.from(a.assessedAt)));
        o.setIssued(Date.from(a.recordedAt));
        o.addPerformer(new Reference().setDisplay(a.recordedBy));
        return o;
    }

    private static String valueText(Observation o) {
        if (o.hasComponent()) {
            return o.getComponent().stream().map(c -> c.getValueQuantity().getValue().toPlainString())
                    .reduce((x, y) -> x + "/" + y).orElse("") + " mmHg";
        }
        if (o.getValue() instanceof Quantity q) {
            return q.getValue().stripTrailingZeros().toPlainString() + " " + q.getUnit();
        }
        return o.getValue().primitiveValue();
    }

    private static String categoryDisplay(String category) {
        return switch (category) {
            case VITAL_SIGNS -> "Vital Signs";
            case SURVEY -> "Survey";
            case LABORATORY -> "Laboratory";
            default -> "Exam";
        };
    }

    private static CodeableConcept loinc(String code, String display) {
        return new CodeableConcept(new Coding(FhirCodes.LOINC, code, display)).setText(display);
    }

    private static Quantity ucum(BigDecimal value, String code, String unit) {
        return new Quantity().setValue(value).setUnit(unit).setSystem(FhirCodes.UCUM).setCode(code);
    }
}
