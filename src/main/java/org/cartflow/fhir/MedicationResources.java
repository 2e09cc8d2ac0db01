package org.cartflow.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cartflow.infusion.Premedication;
import org.cartflow.kernel.Course;
import org.cartflow.lymphodepletion.LdAdministration;
import org.cartflow.lymphodepletion.LdOrder;
import org.cartflow.monitoring.CrsIntervention;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationAdministration.MedicationAdministrationStatus;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * The medicines of a course: each LD order as one MedicationRequest per drug (its pharmacist verification in the
 * status and a note), and every dose given as a MedicationAdministration: LD chemotherapy (ids {@code ld-N}, with
 * the lot), premedication ({@code premed-N-acetaminophen|antihistamine|corticosteroid}) and CRS/ICANS treatment
 * ({@code crs-N}). A route is stated only where CartFlow knows it: the label gives LD as IV infusion (点滴静注);
 * premedication and CRS treatment routes are not recorded, so none is written.
 */
@ApplicationScoped
public class MedicationResources {

    List<MedicationRequest> requests(Course c) {
        List<MedicationRequest> found = new ArrayList<>();
        for (LdOrder order : LdOrder.ofCourse(c.id)) {
            List<LdAdministration> given = LdAdministration.ofOrder(order.id);
            for (LdAdministration.Drug drug : LdAdministration.Drug.values()) {
                if (prescribed(order, drug).signum() > 0) {
                    found.add(request(c, order, drug, given.stream().filter(a -> a.drug == drug).toList()));
                }
            }
        }
        return found;
    }

    List<MedicationAdministration> administrations(Course c) {
        List<MedicationAdministration> found = new ArrayList<>();
        LdOrder.ofCourse(c.id).forEach(order -> LdAdministration.ofOrder(order.id).forEach(a -> found.add(ld(c, a))));
        Premedication.ofCourse(c.id).forEach(p -> found.addAll(premedication(c, p)));
        CrsIntervention.ofCourse(c.id).forEach(i -> found.add(crs(c, i)));
        return found;
    }

    /** The course of a MedicationRequest id ("orderId-drug"). */
    static Optional<Long> courseOfRequest(String id) {
        return FhirResponses.number(id.replaceFirst("-.*", "")).flatMap(n -> LdOrder.<LdOrder>findByIdOptional(n))
                .map(o -> o.courseId);
    }

    /** The course of a MedicationAdministration id ("ld-N", "premed-N-kind", "crs-N"). */
    static Optional<Long> courseOfAdministration(String id) {
        String[] parts = id.split("-");
        if (parts.length < 2) {
            return Optional.empty();
        }
        Optional<Long> n = FhirResponses.number(parts[1]);
        return switch (parts[0]) {
            case "ld" -> n.flatMap(k -> LdAdministration.<LdAdministration>findByIdOptional(k)).map(a -> a.courseId);
            case "premed" -> n.flatMap(k -> Premedication.<Premedication>findByIdOptional(k)).map(p -> p.courseId);
            case "crs" -> n.flatMap(k -> CrsIntervention.<CrsIntervention>findByIdOptional(k)).map(i -> i.courseId);
            default -> Optional.empty();
        };
    }

    private static MedicationRequest request(Course c, LdOrder order, LdAdministration.Drug drug,
            List<LdAdministration> given) {
        String code = code(drug);
        MedicationRequest r = new MedicationRequest();
        r.setId(order.id + "-" + code);
        r.setStatus(status(order, given));
        r.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        r.setMedication(medication(code, null));
        r.setSubject(new Reference("Patient/" + c.patient.id));
        r.addSupportingInformation(new Reference("EpisodeOfCare/" + c.id));
        r.setAuthoredOn(Date.from(order.prescribedAt));
        r.setRequester(new Reference().setDisplay(order.prescribedBy));
        BigDecimal mg = prescribed(order, drug);
        Dosage dosage = r.addDosageInstruction().setSequence(1)
                .setText(plain(mg) + " mg IV infusion once daily on LD days 1-3 (" + order.ldDay1 + ", " + order.ldDay2
                        + ", " + order.ldDay3 + "), body weight " + plain(order.weightKgUsed) + " kg, renal tier "
                        + order.renalTier + " (label profile " + order.policyVersion + ")")
                .setRoute(intravenousInfusion());
        order.ldDays().forEach(d -> dosage.getTiming().getEvent().add(day(d)));
        dosage.addDoseAndRate().setDose(mg(mg));
        note(r.getNote(), "Prescription reason", order.prescriptionReason);
        if (order.verifiedBy != null) {
            r.addNote().setText("Verified by pharmacist " + order.verifiedBy + " at " + order.verifiedAt
                    + (order.verificationMeaning == null ? "" : ": " + order.verificationMeaning));
        }
        note(r.getNote(), "Rejected", order.rejectionReason);
        note(r.getNote(), "Invalidated", order.invalidationReason);
        return Narratives.generated(r, MedicationCodes.display(code) + " " + plain(mg) + " mg IV daily on "
                + order.ldDay1 + ", " + order.ldDay2 + ", " + order.ldDay3 + ": " + r.getStatus().toCode());
    }

    /** Prescribed awaits the pharmacist (not yet actionable); a verified order is complete when all three days are given. */
    private static MedicationRequestStatus status(LdOrder order, List<LdAdministration> given) {
        return switch (order.status) {
            case PRESCRIBED -> MedicationRequestStatus.DRAFT;
            case VERIFIED -> given.stream().map(a -> a.ldDay).distinct().count() >= 3 ? MedicationRequestStatus.COMPLETED
                    : MedicationRequestStatus.ACTIVE;
            case REJECTED -> MedicationRequestStatus.CANCELLED;
            case INVALIDATED -> given.isEmpty() ? MedicationRequestStatus.CANCELLED : MedicationRequestStatus.STOPPED;
        };
    }

    private static MedicationAdministration ld(Course c, LdAdministration a) {
        String code = code(a.drug);
        MedicationAdministration m = administration(c, "ld-" + a.id, a.recordedBy);
        Medication med = new Medication();
        med.setId("med");
        med.setCode(medication(code, null));
        med.getBatch().setLotNumber(a.lot);
        m.addContained(med);
        m.setMedication(new Reference("#med"));
        m.setEffective(new Period().setStart(Date.from(a.startedAt)).setEnd(Date.from(a.endedAt)));
        m.setRequest(new Reference("MedicationRequest/" + a.orderId + "-" + code));
        m.getDosage().setText(plain(a.doseMg) + " mg IV infusion, LD day " + a.ldDay).setRoute(intravenousInfusion())
                .setDose(mg(a.doseMg));
        note(m.getNote(), "Given less than the minimum interval after the previous dose (LD-1)", a.spacingDeviationReason);
        note(m.getNote(), "Given on another date than scheduled (LD-1)", a.scheduleDeviationReason);
        recorded(m, a.recordedAt);
        return Narratives.generated(m, MedicationCodes.display(code) + " " + plain(a.doseMg) + " mg, LD day " + a.ldDay
                + ", lot " + a.lot + ", " + a.startedAt + " to " + a.endedAt);
    }

    private static List<MedicationAdministration> premedication(Course c, Premedication p) {
        List<MedicationAdministration> given = new ArrayList<>();
        given.add(dose(c, "premed-" + p.id + "-acetaminophen", p.recordedBy, p.givenAt,
                medication(MedicationCodes.ACETAMINOPHEN, null), BigDecimal.valueOf(p.acetaminophenMg), p.recordedAt));
        boolean diphenhydramine = "DIPHENHYDRAMINE".equals(p.antihistamine);
        given.add(dose(c, "premed-" + p.id + "-antihistamine", p.recordedBy, p.givenAt,
                medication(diphenhydramine ? MedicationCodes.DIPHENHYDRAMINE : MedicationCodes.H1_ANTIHISTAMINE,
                        p.antihistamineName),
                p.antihistamineMg, p.recordedAt));
        if (p.corticosteroid != null && !p.corticosteroid.isBlank()) {
            MedicationAdministration steroid = dose(c, "premed-" + p.id + "-corticosteroid", p.recordedBy, p.givenAt,
                    medication(MedicationCodes.CORTICOSTEROID, p.corticosteroid), null, p.recordedAt);
            steroid.addNote().setText(p.corticosteroidEmergency
                    ? "Given in a life-threatening emergency (INF-2): " + p.corticosteroidReason
                    : "Given without a recorded emergency (INF-2 deviation)");
            given.add(steroid);
        }
        given.forEach(m -> m.addReasonCode().setText("Premedication before the CAR-T infusion (INF-2)"));
        return given;
    }

    private static MedicationAdministration crs(Course c, CrsIntervention i) {
        String code = i.drug.name().toLowerCase(Locale.ROOT);
        MedicationAdministration m = dose(c, "crs-" + i.id, i.recordedBy, i.givenAt, medication(code, null), i.doseMg,
                i.recordedAt);
        m.addReasonCode().setText("CRS/ICANS management (CRS-ALG, NEURO-ALG)");
        if (i.weightKg != null) {
            m.addNote().setText("Body weight used for the dose: " + plain(i.weightKg) + " kg");
        }
        note(m.getNote(), "Given under 8 h after the previous tocilizumab dose", i.spacingDeviationReason);
        if (i.givenWithoutStock) {
            m.addNote().setText("Documented while the patient's tocilizumab stock showed none on hand");
        }
        return m;
    }

    private static MedicationAdministration dose(Course c, String id, String by, Instant at, CodeableConcept medication,
            BigDecimal mg, Instant recordedAt) {
        MedicationAdministration m = administration(c, id, by);
        m.setMedication(medication);
        m.setEffective(new DateTimeType(Date.from(at)));
        if (mg != null) {
            m.getDosage().setText(plain(mg) + " mg").setDose(mg(mg));
        }
        recorded(m, recordedAt);
        return Narratives.generated(m, medication.getText() + (mg == null ? "" : " " + plain(mg) + " mg") + " at " + at);
    }

    private static MedicationAdministration administration(Course c, String id, String by) {
        MedicationAdministration m = new MedicationAdministration();
        m.setId(id);
        m.setStatus(MedicationAdministrationStatus.COMPLETED);
        m.setSubject(new Reference("Patient/" + c.patient.id));
        m.setContext(new Reference("EpisodeOfCare/" + c.id));
        // CartFlow records who documented the dose; at the bedside that is the nurse who gave it
        m.addPerformer().setActor(new Reference().setDisplay(by));
        return m;
    }

    /** When the dose was written down, which for a late entry is after it was given. */
    private static void recorded(MedicationAdministration m, Instant recordedAt) {
        m.addNote().setText("Recorded at " + recordedAt);
    }

    private static void note(List<Annotation> notes, String label, String text) {
        if (text != null && !text.isBlank()) {
            notes.add(new Annotation().setText(label + ": " + text));
        }
    }

    private static BigDecimal prescribed(LdOrder order, LdAdministration.Drug drug) {
        return drug == LdAdministration.Drug.FLUDARABINE ? order.prescribedFluMg : order.prescribedCyMg;
    }

    private static String code(LdAdministration.Drug drug) {
        return drug == LdAdministration.Drug.FLUDARABINE ? MedicationCodes.FLUDARABINE : MedicationCodes.CYCLOPHOSPHAMIDE;
    }

    private static CodeableConcept medication(String code, String named) {
        String display = MedicationCodes.display(code);
        return new CodeableConcept(new Coding(FhirCodes.MEDICATION, code, display))
                .setText(named == null || named.isBlank() ? display : named);
    }

    private static CodeableConcept intravenousInfusion() {
        return new CodeableConcept(new Coding(FhirCodes.ROUTE, "IV", "Infusion, intravenous"));
    }

    private static DateTimeType day(LocalDate d) {
        return new DateTimeType(d.toString());
    }

    private static Quantity mg(BigDecimal value) {
        return new Quantity().setValue(value).setUnit("mg").setSystem(FhirCodes.UCUM).setCode("mg");
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
