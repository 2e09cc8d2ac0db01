package org.cartflow.apheresis;

import org.cartflow.kernel.StepChecks;
import org.cartflow.kernel.JourneyFlags;
import org.cartflow.kernel.Courses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.apheresis.ApheresisRequests.*;
import org.cartflow.apheresis.rules.InfectionScreeningOnFileGuard;
import org.cartflow.apheresis.rules.LeukapheresisConsentGuard;
import org.cartflow.apheresis.rules.NonMobilizedCollectionGuard;
import org.cartflow.command.CommandRunner;
import org.cartflow.common.CommonText;
import org.cartflow.common.CurrentUser;
import org.cartflow.common.PlausibleDates;
import org.cartflow.common.Problem;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Role;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.kernel.GuardEvaluator;
import org.cartflow.apheresis.rules.CollectionIdentityGuard;
import org.cartflow.apheresis.rules.ShipperRangeGuard;
import org.cartflow.kernel.Refusals;

/**
 * Records the apheresis stage: infection screening (APH-1), leukapheresis consent (CONSENT-2), the slot, the
 * collection with its chain of identity (APH-2, AUTOLOGOUS-1) and the cold-chain shipment (APH-3). Each command is
 * one transaction with its audit event.
 */
@ApplicationScoped
public class ApheresisService {

    private static final EnumSet<CourseState> WORK_UP = EnumSet.of(CourseState.SCREENING, CourseState.ELIGIBLE,
            CourseState.COLLECTION, CourseState.MANUFACTURING_FAILED);
    private static final EnumSet<CourseState> BOOKING = EnumSet.of(CourseState.ELIGIBLE, CourseState.COLLECTION,
            CourseState.MANUFACTURING_FAILED);
    private static final EnumSet<CourseState> COLLECTING = EnumSet.of(CourseState.COLLECTION,
            CourseState.MANUFACTURING_FAILED);
    private static final EnumSet<CourseState> SHIPPING = EnumSet.of(CourseState.COLLECTION, CourseState.MANUFACTURING,
            CourseState.MANUFACTURING_FAILED);

    @Inject
    Courses courses;

    @Inject
    StepChecks stepChecks;

    @Inject
    CurrentUser user;

    @Inject
    CommandRunner runner;

    @Inject
    Clock clock;

    @Inject
    GuardEvaluator guards;


    @Inject
    ChainOfIdentity chain;

    @Inject
    JourneyFlags flags;

    @Inject
    InfectionScreeningOnFileGuard infectionScreening;

    @Inject
    LeukapheresisConsentGuard consentGuard;

    @Inject
    NonMobilizedCollectionGuard nonMobilized;

    @Transactional
    public ApheresisView recordInfectionTest(long courseId, String ifMatch, InfectionTestRequest r) {
        var text = Texts.of(ApheresisText.class);
        return runner.run(ApheresisCommands.RECORD_INFECTION_TEST, text.actionRecordInfectionScreening(), courseId, ifMatch, step -> {
            Course course = requireOpen(step.course(), WORK_UP, text.whatInfectionScreening());
            PlausibleDates.date("testedOn", r.testedOn());
            if (r.testedOn().isAfter(today(course))) {
                throw ProblemException.invalid("testedOn", text.isAfterToday());
            }
            InfectionTest t = new InfectionTest();
            t.marker = r.marker();
            t.result = r.result();
            t.testedOn = r.testedOn();
            persist(t, courseId);
            return new CommandRunner.Outcome("apheresis.infection-test.recorded", null, Map.of("infectionTest", r));
        }, this::view);
    }

    @Transactional
    public ApheresisView recordConsent(long courseId, String ifMatch, LeukapheresisConsentRequest r) {
        var text = Texts.of(ApheresisText.class);
        return runner.run(ApheresisCommands.RECORD_CONSENT, text.actionRecordConsent(), courseId, ifMatch, step -> {
            Course course = requireOpen(step.course(), WORK_UP, text.whatConsent());
            PlausibleDates.date("signedOn", r.signedOn());
            if (r.signedOn().isAfter(today(course))) {
                throw ProblemException.invalid("signedOn", text.isAfterToday());
            }
            LeukapheresisConsent c = new LeukapheresisConsent();
            c.signedOn = r.signedOn();
            c.signerName = r.signerName();
            c.witnessName = r.witnessName();
            c.explainedBy = r.explainedBy();
            c.documentReference = r.documentReference();
            c.written = r.written();
            c.useOfCellsExplained = r.useOfCellsExplained();
            persist(c, courseId);
            return new CommandRunner.Outcome("apheresis.consent.recorded", null, Map.of("consent", r));
        }, this::view);
    }

    @Transactional
    public ApheresisView bookSlot(long courseId, String ifMatch, SlotRequest r) {
        var text = Texts.of(ApheresisText.class);
        return runner.run(ApheresisCommands.BOOK_SLOT, text.actionScheduleLeukapheresis(), courseId, ifMatch, step -> {
            Course course = requireOpen(step.course(), BOOKING, text.whatScheduling());
            PlausibleDates.date("date", r.date());
            if (r.date().isBefore(today(course))) {
                throw ProblemException.invalid("date", Texts.of(CommonText.class).isInThePast());
            }
            requirePasses(course, infectionScreening);
            ApheresisSlot s = new ApheresisSlot();
            s.startsAt = r.date().atTime(r.time()).atZone(course.zone()).toInstant();
            s.unit = r.unit();
            persist(s, courseId);
            return new CommandRunner.Outcome("apheresis.slot.booked", null, Map.of("slot", r, "startsAt", s.startsAt));
        }, this::view);
    }

    @Transactional
    public ApheresisView recordCollection(long courseId, String ifMatch, CollectionRequest r) {
        var text = Texts.of(ApheresisText.class);
        return runner.run(ApheresisCommands.RECORD_COLLECTION, text.actionRecordLeukapheresis(), courseId, ifMatch, step -> {
            Course course = requireOpen(step.course(), COLLECTING, text.whatLeukapheresis());
            Instant start = PlausibleDates.instant("startedAt", r.startedAt());
            Instant end = PlausibleDates.instant("endedAt", r.endedAt());
            if (!end.isAfter(start)) {
                throw ProblemException.invalid("endedAt", text.endNotAfterStart());
            }
            if (java.time.Duration.between(start, end).toHours() >= 24) {
                throw ProblemException.invalid("endedAt", text.collectionTooLong());
            }
            if (end.isAfter(clock.instant())) {
                throw ProblemException.invalid("endedAt", text.collectionEndInFuture());
            }
            String din = DonationIdentificationNumber.validated(r.din(), r.dinCheckCharacter(), "din", "dinCheckCharacter");
            String coi = r.chainOfIdentityId().trim();
            boolean mobilized = r.gcsfInPriorDays() || r.plerixaforInPriorDays();

            List<Problem.Refusal> refused = new ArrayList<>();
            refused.addAll(guards.evaluate(infectionScreening, new GuardContext(course, clock.instant())));
            refused.addAll(guards.evaluate(consentGuard, new GuardContext(course, clock.instant())));
            refused.addAll(guards.check(ApheresisCommands.RECORD_COLLECTION, CollectionIdentityGuard.class, new CollectionIdentityGuard.Facts(
                    coi, chain.of(courseId).map(ChainOfIdentity.Identity::coiId).orElse(null),
                    chain.otherCourseHolding(coi, courseId).orElse(null))));
            Refusals.throwIfAny(refused);
            if (ApheresisCollection.count("din", din) > 0) {
                throw ProblemException.conflict(text.dinAlreadyRecorded(din));
            }

            ApheresisCollection c = new ApheresisCollection();
            c.startedAt = start;
            c.endedAt = end;
            c.volumeMl = r.volumeMl();
            c.totalNucleatedCellsE9 = r.totalNucleatedCellsE9();
            c.cd3CellsE9 = r.cd3CellsE9();
            c.gcsfBefore = r.gcsfInPriorDays();
            c.plerixaforBefore = r.plerixaforInPriorDays();
            c.coiId = coi;
            c.din = din;
            c.dinCheck = r.dinCheckCharacter().trim().toUpperCase(java.util.Locale.ROOT);
            persist(c, courseId);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("collection", r);
            details.put("chainOfIdentityId", coi);
            details.put("din", din);
            if (mobilized) {
                // APH-2 has no override: the collection happened and is recorded, but it is never shipped for manufacture
                details.put("deviation", Map.of("ruleId", "APH-2", "notForManufacture", true));
            }
            return new CommandRunner.Outcome(
                    mobilized ? "apheresis.collection.recorded-mobilized" : "apheresis.collection.recorded", null, details);
        }, this::view);
    }

    @Transactional
    public ApheresisView packShipment(long courseId, String ifMatch, ShipmentRequest r) {
        var text = Texts.of(ApheresisText.class);
        return runner.run(ApheresisCommands.PACK_SHIPMENT, text.actionRecordShipment(), courseId, ifMatch, step -> {
            Course course = requireOpen(step.course(), SHIPPING, text.whatShipment());
            ApheresisCollection collection = ApheresisCollection.latest(courseId).orElseThrow(
                    () -> ProblemException.conflict(text.noCollectionRecordFirst()));
            if (ColdChainShipment.ofCollection(collection.id).isPresent()) {
                throw ProblemException.conflict(text.dinAlreadyPacked(collection.din));
            }
            requirePasses(course, nonMobilized);
            if (r.boxSetLowC().compareTo(r.boxSetHighC()) >= 0) {
                throw ProblemException.invalid("boxSetHighC", text.boxHighNotAboveLow());
            }
            guards.require(ApheresisCommands.PACK_SHIPMENT, ShipperRangeGuard.class,
                    new ShipperRangeGuard.Facts(r.boxSetLowC(), r.boxSetHighC()));
            ColdChainShipment s = new ColdChainShipment();
            s.collectionId = collection.id;
            s.boxId = r.boxId();
            s.boxSetLowC = r.boxSetLowC();
            s.boxSetHighC = r.boxSetHighC();
            s.packedAt = PlausibleDates.instant("packedAt", r.packedAt());
            s.packedBy = r.packedBy();
            s.destination = r.destination();
            persist(s, courseId);
            return new CommandRunner.Outcome("apheresis.shipment.packed", null, Map.of("shipment", r, "din", collection.din));
        }, this::view);
    }

    @Transactional
    public ApheresisView recordHandoff(long courseId, String ifMatch, HandoffRequest r) {
        var text = Texts.of(ApheresisText.class);
        return runner.run(ApheresisCommands.RECORD_HANDOFF, text.actionRecordHandoff(), courseId, ifMatch, step -> {
            Course course = requireOpen(step.course(), SHIPPING, text.whatCustody());
            ColdChainShipment s = currentShipment(courseId);
            CustodyHandoff h = new CustodyHandoff();
            h.shipmentId = s.id;
            h.fromParty = r.fromParty();
            h.toParty = r.toParty();
            h.handedAt = PlausibleDates.instant("handedAt", r.handedAt());
            h.location = r.location();
            h.recordedBy = user.name();
            h.recordedAt = clock.instant();
            h.persist();
            return new CommandRunner.Outcome("apheresis.custody.handed-off", null, Map.of("handoff", r, "shipmentId", s.id));
        }, this::view);
    }

    @Transactional
    public ApheresisView recordTemperature(long courseId, String ifMatch, TemperatureRequest r) {
        var text = Texts.of(ApheresisText.class);
        return runner.run(ApheresisCommands.RECORD_TEMPERATURE, text.actionRecordTemperature(), courseId, ifMatch, step -> {
            Course course = requireOpen(step.course(), SHIPPING, text.whatTemperature());
            ColdChainShipment s = currentShipment(courseId);
            TemperatureReading t = new TemperatureReading();
            t.shipmentId = s.id;
            t.measuredAt = PlausibleDates.instant("measuredAt", r.measuredAt());
            t.celsius = r.celsius();
            t.excursion = !ColdChainShipment.inRange(r.celsius());
            t.recordedBy = user.name();
            t.recordedAt = clock.instant();
            t.persist();
            return new CommandRunner.Outcome(
                    t.excursion ? "apheresis.temperature.excursion" : "apheresis.temperature.recorded", null,
                    Map.of("reading", r, "shipmentId", s.id, "excursion", t.excursion, "ruleId", "APH-3"));
        }, this::view);
    }

    @Transactional
    public ApheresisView decideExcursion(long courseId, long readingId, String ifMatch, ExcursionDecisionRequest r) {
        var text = Texts.of(ApheresisText.class);
        return runner.run(ApheresisCommands.DECIDE_EXCURSION, text.actionDecideExcursion(), courseId, ifMatch, step -> {
            Course course = requireOpen(step.course(), SHIPPING, text.whatExcursionDecision());
            TemperatureReading t = TemperatureReading.<TemperatureReading>findByIdOptional(readingId)
                    .filter(x -> ColdChainShipment.<ColdChainShipment>findByIdOptional(x.shipmentId)
                            .map(s -> s.courseId == courseId).orElse(false))
                    .orElseThrow(() -> ProblemException.notFound(text.temperatureReading(), readingId));
            if (!t.excursion) {
                throw ProblemException.conflict(text.readingWithinRange(readingId, t.celsius));
            }
            if (t.decision != null) {
                throw ProblemException.conflict(text.readingAlreadyDecided(readingId, t.decision));
            }
            t.decision = r.decision();
            t.decisionReason = r.reason();
            t.decidedBy = user.name();
            t.decidedAt = clock.instant();
            return new CommandRunner.Outcome("apheresis.excursion.decided", r.reason(), Map.of("readingId", readingId,
                    "decision", r.decision(), "celsius", t.celsius, "ruleId", "APH-3"));
        }, this::view);
    }

    @Transactional
    public ApheresisView view(long courseId) {
        return view(courses.load(courseId));
    }

    private ColdChainShipment currentShipment(long courseId) {
        return ApheresisCollection.latest(courseId).flatMap(c -> ColdChainShipment.ofCollection(c.id))
                .orElseThrow(() -> ProblemException.conflict(Texts.of(ApheresisText.class).noShipmentPackFirst()));
    }

    private void requirePasses(Course course, Guard guard) {
        Refusals.throwIfAny(guards.evaluate(guard, new GuardContext(course, clock.instant())));
    }

    private static Course requireOpen(Course course, EnumSet<CourseState> open, String what) {
        if (!open.contains(course.state)) {
            throw ProblemException.conflict(Texts.of(CommonText.class).recordableWhile(what,
                    String.join(", ", open.stream().map(Enum::name).toList()), course.state));
        }
        return course;
    }

    private void persist(ApheresisRecord r, long courseId) {
        r.courseId = courseId;
        r.recordedBy = user.name();
        r.recordedAt = clock.instant();
        r.persist();
    }

    private java.time.LocalDate today(Course course) {
        return clock.instant().atZone(course.zone()).toLocalDate();
    }

    private ApheresisView view(Course course) {
        long id = course.id;
        var zone = course.zone();
        List<ApheresisView.Infection> tests = InfectionTest.current(id).values().stream()
                .map(t -> new ApheresisView.Infection(t.id, t.marker, t.marker.infection(), t.result, t.testedOn,
                        t.recordedBy, t.recordedAt))
                .toList();
        ApheresisView.Slot slot = ApheresisSlot.current(id).map(s -> new ApheresisView.Slot(s.id, s.startsAt,
                s.startsAt.atZone(zone).toOffsetDateTime().toString(), s.unit, s.recordedBy)).orElse(null);
        List<ApheresisView.Collection> collections = ApheresisCollection.ofCourse(id).stream().map(c -> {
            ApheresisView.Shipment shipment = ColdChainShipment.ofCollection(c.id).map(s -> {
                List<TemperatureReading> temps = TemperatureReading.ofShipment(s.id);
                return new ApheresisView.Shipment(s.id, s.boxId, s.boxSetLowC, s.boxSetHighC, s.packedAt, s.packedBy,
                        s.destination, CustodyHandoff.ofShipment(s.id), temps,
                        temps.stream().anyMatch(t -> t.excursion && t.decision == null));
            }).orElse(null);
            return new ApheresisView.Collection(c.id, c.startedAt, c.endedAt, c.startedAt.atZone(zone).toLocalDate(),
                    c.volumeMl, c.totalNucleatedCellsE9, c.cd3CellsE9, c.gcsfBefore, c.plerixaforBefore,
                    !c.mobilized(), c.coiId, c.din, c.dinCheck, c.recordedBy,
                    shipment);
        }).toList();
        GuardContext ctx = new GuardContext(course, clock.instant());
        List<ApheresisView.Check> checks = new ArrayList<>();
        for (String step : List.of("start-collection", "start-manufacturing")) {
            for (var c : stepChecks.of(step, ctx)) {
                checks.add(new ApheresisView.Check(c.step(), c.guard(), c.ruleIds(), c.passes(), c.refusals()));
            }
        }
        return new ApheresisView(id, course.version, tests, LeukapheresisConsent.current(id).orElse(null), slot,
                chain.of(id).orElse(null), collections, flags.of(id), checks);
    }
}
