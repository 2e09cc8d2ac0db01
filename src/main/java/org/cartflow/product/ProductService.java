package org.cartflow.product;

import org.cartflow.kernel.Courses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cartflow.apheresis.ChainOfIdentity;
import org.cartflow.audit.AuditEntry;
import org.cartflow.command.CommandRunner;
import org.cartflow.common.CommonText;
import org.cartflow.common.CurrentUser;
import org.cartflow.common.HospitalTime;
import org.cartflow.common.PlausibleDates;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Role;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
import org.cartflow.manufacturing.ManufacturingOrder;
import org.cartflow.manufacturing.ManufacturingStatus;
import org.cartflow.product.ProductBag.State;
import org.cartflow.product.ProductRequests.*;
import org.cartflow.kernel.GuardEvaluator;
import org.cartflow.rules.LabelProfiles;
import org.cartflow.product.rules.CertificateReceiptGuard;
import org.cartflow.product.rules.ExcursionReleaseGuard;

/** Receipt of the frozen product against its release certificate, storage and its temperature (STO-1..3, DOSE-1). */
@ApplicationScoped
public class ProductService {

    /** From shipment to infusion: the states in which the product is held by the hospital. */
    private static final Set<CourseState> HELD = EnumSet.of(CourseState.MANUFACTURING, CourseState.PRODUCT_RECEIVED,
            CourseState.LYMPHODEPLETION, CourseState.INFUSION_READY);

    @Inject
    Clock clock;
    @Inject
    CurrentUser user;
    @Inject
    CommandRunner runner;
    @Inject
    Courses courses;
    @Inject
    ChainOfIdentity chain;
    @Inject
    GuardEvaluator guards;
    @Inject
    LabelProfiles profiles;

    @Transactional
    public ProductView receive(long courseId, String ifMatch, ReceiptRequest r) {
        var text = Texts.of(ProductText.class);
        return runner.run(ProductCommands.RECEIVE, text.actionReceive(), courseId, ifMatch, step -> {
            Course course = step.course();
            if (course.state != CourseState.MANUFACTURING) {
                throw ProblemException.conflict(text.receiptNotNow(course.state));
            }
            if (ProductShipment.ofCourse(courseId).isPresent()) {
                throw ProblemException.conflict(text.alreadyReceived());
            }
            ManufacturingOrder run = ManufacturingOrder.latest(courseId)
                    .filter(o -> o.status == ManufacturingStatus.SHIPPED)
                    .orElseThrow(() -> ProblemException.conflict(text.noShippedRun()));
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < r.bags().size(); i++) {
                if (!codes.add(r.bags().get(i).bagCode().trim())) {
                    throw ProblemException.invalid("bags[" + i + "].bagCode", text.listedTwice());
                }
            }
            String coi = chain.of(courseId).map(ChainOfIdentity.Identity::coiId).orElse(null);
            BigDecimal total = r.bags().stream().map(CertificateBag::carTCellsMillions).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            guards.require(ProductCommands.RECEIVE, CertificateReceiptGuard.class, new CertificateReceiptGuard.Facts(
                    r.patient().mismatches(course.patient, coi, text.certificate()),
                    chain.dinMismatch(courseId, r.din()).orElse(null), r.expiryDate(),
                    clock.instant().atZone(course.zone()).toLocalDate(), total,
                    DoseRange.of(profiles.get(course.labelProfile))));
            Instant now = clock.instant();
            ProductShipment s = new ProductShipment();
            s.courseId = courseId;
            s.manufacturingRunId = run.id;
            s.certificateNumber = r.certificateNumber().trim();
            s.coiId = coi;
            s.din = r.din().trim();
            s.patientMrn = r.patient().mrn().trim();
            s.patientFamilyName = r.patient().familyName();
            s.patientGivenName = r.patient().givenName();
            s.patientBirthDate = r.patient().birthDate();
            s.expiryDate = r.expiryDate();
            s.totalCarTE6 = total;
            s.arrivalTemperatureC = r.arrivalTemperatureC();
            s.receivedBy = user.name();
            s.receivedAt = now;
            s.persist();
            for (int i = 0; i < r.bags().size(); i++) {
                CertificateBag cb = r.bags().get(i);
                ProductBag b = new ProductBag();
                b.shipmentId = s.id;
                b.courseId = courseId;
                b.position = i + 1;
                b.bagCode = cb.bagCode().trim();
                b.volumeMl = cb.volumeMl();
                b.carTE6 = cb.carTCellsMillions();
                b.state = State.RECEIVED;
                b.persist();
            }
            StorageReading arrival = reading(s, r.arrivalTemperatureC(), now, text.shipperOnArrival());
            boolean excursion = !arrival.coldEnough();
            if (excursion) {
                openExcursion(s, arrival);
            }
            return new CommandRunner.Outcome("product.received", null,
                    AuditEntry.details("certificate", s.certificateNumber, "bags", r.bags().size(),
                    "totalCarTCellsMillions", total, "expiryDate", s.expiryDate, "arrivalTemperatureC",
                    r.arrivalTemperatureC(), "excursion", excursion));
        }, this::view);
    }

    @Transactional
    public ProductView store(long courseId, String ifMatch, StorageRequest r) {
        var text = Texts.of(ProductText.class);
        return runner.run(ProductCommands.STORE, text.actionStore(), courseId, ifMatch, step -> {
            Course course = requireHeld(step.course());
            ProductShipment s = shipment(courseId);
            if (s.storedAt != null) {
                throw ProblemException.conflict(text.alreadyInStorage(s.storageLocation));
            }
            Instant now = clock.instant();
            s.storageLocation = r.location().trim();
            s.storedBy = user.name();
            s.storedAt = now;
            for (ProductBag b : ProductBag.ofCourse(courseId)) {
                if (b.state == State.RECEIVED) {
                    b.state = State.STORED;
                }
            }
            StorageReading first = reading(s, r.temperatureC(), now, s.storageLocation);
            boolean excursion = !first.coldEnough();
            if (excursion) {
                openExcursion(s, first);
            }
            return new CommandRunner.Outcome("product.stored", null,
                    AuditEntry.details("location", s.storageLocation, "temperatureC", r.temperatureC(), "excursion",
                    excursion));
        }, this::view);
    }

    @Transactional
    public ProductView recordReading(long courseId, String ifMatch, ReadingRequest r) {
        var text = Texts.of(ProductText.class);
        return runner.run(ProductCommands.RECORD_READING, text.actionRecordReading(), courseId, ifMatch, step -> {
            Course course = requireHeld(step.course());
            ProductShipment s = shipment(courseId);
            Instant now = clock.instant();
            Instant at = r.measuredAt() == null ? now : r.measuredAt();
            if (at.isAfter(now.plus(Duration.ofMinutes(5)))) {
                throw ProblemException.invalid("measuredAt", Texts.of(CommonText.class).inTheFuture());
            }
            if (at.isBefore(s.receivedAt)) {
                throw ProblemException.invalid("measuredAt", text.beforeReceipt(HospitalTime.of(s.receivedAt, course.zone())));
            }
            StorageReading reading = reading(s, r.temperatureC(), at,
                    s.storageLocation == null ? text.shipperOnArrival() : s.storageLocation);
            boolean excursion = !reading.coldEnough();
            if (excursion) {
                openExcursion(s, reading);
            }
            return new CommandRunner.Outcome("product.temperature.recorded", null,
                    AuditEntry.details("temperatureC", r.temperatureC(), "measuredAt", at, "excursion", excursion));
        }, this::view);
    }

    @Transactional
    public ProductView decideExcursion(long courseId, long excursionId, String ifMatch, ExcursionDecisionRequest r) {
        var text = Texts.of(ProductText.class);
        return runner.run(ProductCommands.DECIDE_EXCURSION, text.actionDecideExcursion(), courseId, ifMatch, step -> {
            Course course = requireHeld(step.course());
            StorageExcursion e = StorageExcursion.<StorageExcursion>find("id = ?1 and courseId = ?2", excursionId, courseId)
                    .firstResultOptional().orElseThrow(() -> ProblemException.notFound(text.excursion(), excursionId));
            if (!e.open()) {
                throw ProblemException.conflict(text.excursionAlreadyDecided(excursionId, e.decision));
            }
            Instant now = clock.instant();
            var assessment = r.manufacturerAssessment();
            guards.require(ProductCommands.DECIDE_EXCURSION, ExcursionReleaseGuard.class, new ExcursionReleaseGuard.Facts(
                    r.decision() == StorageExcursion.Decision.RELEASE, assessment != null));
            if (assessment != null) {
                Instant at = PlausibleDates.instant("manufacturerAssessment.assessedAt", assessment.assessedAt());
                if (at.isAfter(now.plusSeconds(60))) {
                    throw ProblemException.invalid("manufacturerAssessment.assessedAt", text.assessmentInTheFuture());
                }
                if (at.isBefore(e.openedAt)) {
                    throw ProblemException.invalid("manufacturerAssessment.assessedAt",
                            text.assessmentBeforeExcursion(e.openedAt));
                }
                e.manufacturerReference = assessment.reference().trim();
                e.manufacturerAssessedBy = assessment.assessedBy().trim();
                e.manufacturerAssessedAt = at;
            }
            e.decision = r.decision();
            e.reason = r.reason().trim();
            e.decidedBy = user.name();
            e.decidedAt = now;
            ProductShipment s = shipment(courseId);
            for (ProductBag b : ProductBag.ofCourse(courseId)) {
                if (b.state != State.QUARANTINED || b.neverInfusable) {
                    continue;
                }
                if (r.decision() == StorageExcursion.Decision.RELEASE) {
                    b.state = s.storedAt == null ? State.RECEIVED : State.STORED;
                    b.quarantineReason = null;
                } else {
                    b.state = State.DISCARDED;
                    b.neverInfusable = true;
                    b.notInfusableRule = "STO-1";
                    b.notInfusableReason = text.discardedForExcursion(e.reason);
                    b.notInfusableBy = user.name();
                    b.notInfusableAt = now;
                }
            }
            return new CommandRunner.Outcome("product.excursion.decided", r.reason(),
                    AuditEntry.details("excursionId", e.id, "decision", r.decision(), "ruleId", "STO-1",
                    "manufacturerAssessment", assessment));
        }, this::view);
    }

    @Transactional
    public ProductView view(long courseId) {
        return view(courses.load(courseId));
    }

    ProductView view(Course course) {
        ProductShipment s = ProductShipment.ofCourse(course.id).orElse(null);
        if (s == null) {
            return new ProductView(course.id, course.version, null, List.of(), List.of(), List.of());
        }
        LocalDate today = clock.instant().atZone(course.zone()).toLocalDate();
        DoseRange range = DoseRange.of(profiles.get(course.labelProfile));
        var shipment = new ProductView.Shipment(s.id, s.certificateNumber, s.coiId, s.din, s.expiryDate,
                ChronoUnit.DAYS.between(today, s.expiryDate), s.totalCarTE6, range.targetE6(), range.text(), s.arrivalTemperatureC, s.receivedBy, s.receivedAt, s.storageLocation, s.storedBy,
                s.storedAt);
        List<StorageReading> readings = StorageReading.list("courseId = ?1 order by measuredAt desc, id desc",
                course.id);
        Map<Long, BigDecimal> temperatureOf = new LinkedHashMap<>();
        readings.forEach(x -> temperatureOf.put(x.id, x.temperatureC));
        return new ProductView(course.id, course.version, shipment,
                ProductBag.ofCourse(course.id).stream().map(ProductView.Bag::of).toList(),
                readings.stream().limit(50).map(x -> new ProductView.Reading(x.measuredAt, x.temperatureC, x.location,
                        x.coldEnough(), x.recordedBy)).toList(),
                StorageExcursion.ofCourse(course.id).stream().map(e -> new ProductView.Excursion(e.id, e.openedAt,
                        temperatureOf.get(e.readingId), e.decision, e.reason, e.decidedBy, e.decidedAt,
                        e.manufacturerReference, e.manufacturerAssessedBy, e.manufacturerAssessedAt)).toList());
    }

    private StorageReading reading(ProductShipment s, BigDecimal temperature, Instant at, String location) {
        StorageReading x = new StorageReading();
        x.courseId = s.courseId;
        x.shipmentId = s.id;
        x.measuredAt = at;
        x.temperatureC = temperature;
        x.location = location;
        x.recordedBy = user.name();
        x.recordedAt = clock.instant();
        x.persist();
        return x;
    }

    /** STO-1: a warm reading quarantines every bag still in storage until a physician decides. */
    private void openExcursion(ProductShipment s, StorageReading reading) {
        if (StorageExcursion.openOf(s.courseId).isEmpty()) {
            StorageExcursion e = new StorageExcursion();
            e.courseId = s.courseId;
            e.shipmentId = s.id;
            e.readingId = reading.id;
            e.openedAt = clock.instant();
            e.persist();
        }
        for (ProductBag b : ProductBag.ofCourse(s.courseId)) {
            if (b.state == State.RECEIVED || b.state == State.STORED) {
                b.quarantine(Texts.of(ProductText.class).quarantinedWarm(reading.temperatureC.toPlainString(),
                        HospitalTime.of(reading.measuredAt, Course.<Course>findById(s.courseId).zone())), false);
            }
        }
    }

    private static Course requireHeld(Course course) {
        if (!HELD.contains(course.state)) {
            throw ProblemException.conflict(Texts.of(ProductText.class).productNotHeld(course.state));
        }
        return course;
    }

    private static ProductShipment shipment(long courseId) {
        return ProductShipment.ofCourse(courseId).orElseThrow(() -> ProblemException.conflict(
                Texts.of(ProductText.class).nothingReceived()));
    }

}
