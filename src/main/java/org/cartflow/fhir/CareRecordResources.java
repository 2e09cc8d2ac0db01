package org.cartflow.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cartflow.apheresis.ApheresisCollection;
import org.cartflow.infusion.BagInfusion;
import org.cartflow.infusion.BagRecord;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.JourneyFlag;
import org.cartflow.kernel.JourneyFlags;
import org.cartflow.product.ProductBag;
import org.cartflow.product.ProductShipment;
import org.cartflow.product.StorageReading;
import org.cartflow.rules.LabelProfiles;
import org.hl7.fhir.r4.model.BiologicallyDerivedProduct;
import org.hl7.fhir.r4.model.BiologicallyDerivedProduct.BiologicallyDerivedProductCategory;
import org.hl7.fhir.r4.model.BiologicallyDerivedProduct.BiologicallyDerivedProductStatus;
import org.hl7.fhir.r4.model.BiologicallyDerivedProduct.BiologicallyDerivedProductStorageScale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;

/** The course's clinical records as FHIR: leukapheresis and infusion Procedures, product bags, journey Flags. */
@ApplicationScoped
public class CareRecordResources {

    private static final String LEUKAPHERESIS_ID = "leukapheresis-";
    private static final String INFUSION_ID = "infusion-";

    @Inject
    JourneyFlags flags;
    @Inject
    LabelProfiles profiles;

    // ---- Procedure

    /** Leukapheresis and infusion Procedures of one course, in the order they happened. */
    List<Procedure> procedures(Course c) {
        List<Procedure> found = new ArrayList<>();
        ApheresisCollection.ofCourse(c.id).stream().sorted(Comparator.comparing(a -> a.startedAt))
                .map(a -> leukapheresis(c, a)).forEach(found::add);
        infusion(c).ifPresent(found::add);
        return found;
    }

    /** The Procedure of an id this server gave out ("leukapheresis-N" or "infusion-N"), with its course. */
    Optional<Long> courseOfProcedure(String id) {
        if (id.startsWith(LEUKAPHERESIS_ID)) {
            return FhirResponses.number(id.substring(LEUKAPHERESIS_ID.length()))
                    .flatMap(n -> ApheresisCollection.<ApheresisCollection>findByIdOptional(n)).map(a -> a.courseId);
        }
        if (id.startsWith(INFUSION_ID)) {
            return FhirResponses.number(id.substring(INFUSION_ID.length()));
        }
        return Optional.empty();
    }

    Optional<Procedure> procedure(Course c, String id) {
        return procedures(c).stream().filter(p -> p.getIdElement().getIdPart().equals(id)).findFirst();
    }

    private Procedure leukapheresis(Course c, ApheresisCollection a) {
        Procedure p = procedure(c, LEUKAPHERESIS_ID + a.id, ProcedureCodes.LEUKAPHERESIS);
        p.setStatus(Procedure.ProcedureStatus.COMPLETED);
        p.setPerformed(new Period().setStart(Date.from(a.startedAt)).setEnd(Date.from(a.endedAt)));
        p.setRecorder(new Reference().setDisplay(a.recordedBy));
        p.addNote().setText("Processed volume " + a.volumeMl + " mL; total nucleated cells " + a.totalNucleatedCellsE9
                + " x 10^9; CD3+ cells " + a.cd3CellsE9 + " x 10^9; chain of identity " + a.coiId + "; DIN " + a.din
                + " " + a.dinCheck + ".");
        return Narratives.generated(p, "Leukapheresis on " + a.startedAt + " (" + a.volumeMl + " mL processed)");
    }

    /** The CAR-T infusion, once a bag's infusion has started: completed when the course's infusion is recorded. */
    private Optional<Procedure> infusion(Course c) {
        List<BagRecord> started = BagRecord.ofCourse(c.id).stream()
                .filter(r -> r.steps() != null && r.steps().infusionStartedAt != null).toList();
        if (started.isEmpty()) {
            return Optional.empty();
        }
        Procedure p = procedure(c, INFUSION_ID + c.id, ProcedureCodes.CAR_T_INFUSION);
        boolean done = c.infusedAt != null && started.stream().allMatch(r -> r.steps().infusionEndedAt != null);
        p.setStatus(done ? Procedure.ProcedureStatus.COMPLETED : Procedure.ProcedureStatus.INPROGRESS);
        Period period = new Period().setStart(Date.from(started.stream().map(r -> r.steps().infusionStartedAt)
                .min(Comparator.naturalOrder()).orElseThrow()));
        if (done) {
            period.setEnd(Date.from(started.stream().map(r -> r.steps().infusionEndedAt).max(Comparator.naturalOrder())
                    .orElseThrow()));
        }
        p.setPerformed(period);
        started.stream().map(r -> r.steps().infusionStartedBy).filter(Objects::nonNull).distinct()
                .forEach(nurse -> p.addPerformer().setActor(new Reference().setDisplay(nurse)));
        for (BagRecord r : started) {
            BagInfusion s = r.steps();
            p.addUsedReference(new Reference("BiologicallyDerivedProduct/" + r.bag().id).setDisplay(r.bag().bagCode));
            p.addNote().setText("Bag " + r.bag().position + " (" + r.bag().bagCode + "): thaw started " + s.thawStartedAt
                    + ", infusion " + s.infusionStartedAt + " to " + (s.infusionEndedAt == null ? "running" : s.infusionEndedAt)
                    + (s.rateMlMin == null ? "" : ", " + s.rateMlMin.stripTrailingZeros().toPlainString() + " mL/min")
                    + ".");
        }
        return Optional.of(Narratives.generated(p, "CAR-T infusion of " + started.size() + " bag(s), "
                + (done ? "completed" : "in progress")));
    }

    private static Procedure procedure(Course c, String id, String code) {
        Procedure p = new Procedure();
        p.setId(id);
        p.setCode(new CodeableConcept(new Coding(FhirCodes.PROCEDURE, code, ProcedureCodes.display(code))));
        p.setSubject(new Reference("Patient/" + c.patient.id));
        return p;
    }

    // ---- BiologicallyDerivedProduct

    Optional<BiologicallyDerivedProduct> product(Course c, long bagId) {
        return ProductBag.ofCourse(c.id, bagId).map(b -> product(c, b));
    }

    private BiologicallyDerivedProduct product(Course c, ProductBag b) {
        ProductShipment shipment = ProductShipment.<ProductShipment>findByIdOptional(b.shipmentId).orElseThrow();
        var r = new BiologicallyDerivedProduct();
        r.setId(String.valueOf(b.id));
        r.addIdentifier().setSystem(FhirCodes.BAG_CODE).setValue(b.bagCode);
        r.addIdentifier().setSystem(FhirCodes.ISBT128_DIN).setValue(shipment.din);
        r.addIdentifier().setSystem(FhirCodes.CHAIN_OF_IDENTITY).setValue(shipment.coiId);
        r.setProductCategory(BiologicallyDerivedProductCategory.CELLS);
        r.setProductCode(new CodeableConcept().setText(profiles.find(c.labelProfile).map(p -> p.product())
                .orElse("autologous CAR-T cells")));
        r.setStatus(available(b.state) ? BiologicallyDerivedProductStatus.AVAILABLE
                : BiologicallyDerivedProductStatus.UNAVAILABLE);
        r.setQuantity(1);
        r.getCollection().setSource(new Reference("Patient/" + c.patient.id));
        ApheresisCollection.ofCourse(c.id).stream().filter(a -> a.coiId.equals(shipment.coiId)).findFirst()
                .ifPresent(a -> r.getCollection().setCollected(new Period().setStart(Date.from(a.startedAt))
                        .setEnd(Date.from(a.endedAt))));
        r.getManipulation().setDescription(plain(b.carTE6) + " x 10^6 CAR+ T cells in " + plain(b.volumeMl)
                + " mL (release certificate " + shipment.certificateNumber + ")");
        var storage = r.addStorage().setScale(BiologicallyDerivedProductStorageScale.CELSIUS)
                .setDescription((shipment.storageLocation == null ? "received" : shipment.storageLocation)
                        + "; state " + b.state.name().toLowerCase(Locale.ROOT) + "; expires " + shipment.expiryDate);
        BigDecimal temperature = StorageReading.latest(c.id).map(s -> s.temperatureC)
                .orElse(shipment.arrivalTemperatureC);
        storage.setTemperature(temperature);
        storage.setDuration(new Period().setStart(Date.from(shipment.storedAt == null ? shipment.receivedAt
                : shipment.storedAt)).setEnd(endOf(shipment.expiryDate, c.zone())));
        return Narratives.generated(r, "Bag " + b.position + " (" + b.bagCode + "), DIN " + shipment.din + ", "
                + plain(b.carTE6) + " x 10^6 CAR+ T cells, " + b.state.name().toLowerCase(Locale.ROOT));
    }

    private static boolean available(ProductBag.State state) {
        return state == ProductBag.State.RECEIVED || state == ProductBag.State.STORED || state.inUse();
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /** The expiry date's last instant in the hospital's zone. */
    private static Date endOf(LocalDate day, ZoneId zone) {
        return Date.from(day.plusDays(1).atStartOfDay(zone).minusNanos(1_000_000).toInstant());
    }

    // ---- Flag

    List<Flag> flags(Course c) {
        return flags.of(c.id).stream().map(f -> flag(c, f)).toList();
    }

    Optional<Flag> flag(Course c, String id) {
        return flags(c).stream().filter(f -> f.getIdElement().getIdPart().equals(id)).findFirst();
    }

    /** The course of a Flag id ("courseId-code"). */
    static Optional<Long> courseOfFlag(String id) {
        int dash = id.indexOf('-');
        return dash < 0 ? Optional.empty() : FhirResponses.number(id.substring(0, dash));
    }

    private static Flag flag(Course c, JourneyFlag f) {
        Flag r = new Flag();
        r.setId(c.id + "-" + f.code().toLowerCase(Locale.ROOT).replace('_', '-'));
        r.setStatus(Flag.FlagStatus.ACTIVE);
        r.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/flag-category",
                "clinical", "Clinical")));
        r.setCode(new CodeableConcept().setText(f.ruleId() + ": " + f.message()));
        r.setSubject(new Reference("Patient/" + c.patient.id));
        return Narratives.generated(r, f.ruleId() + ": " + f.message());
    }
}
