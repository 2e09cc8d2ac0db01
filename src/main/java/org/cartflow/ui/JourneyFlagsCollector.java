package org.cartflow.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.kernel.JourneyFlags;
import org.cartflow.apheresis.TemperatureReading;
import org.cartflow.audit.AuditEvent;
import org.cartflow.common.Texts;
import org.cartflow.infusion.BagInfusion;
import org.cartflow.infusion.InfusionDelay;
import org.cartflow.infusion.InfusionDeviation;
import org.cartflow.infusion.InfusionIncident;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.LateEntry;
import org.cartflow.lymphodepletion.LdAdministration;
import org.cartflow.lymphodepletion.LdPlanMove;
import org.cartflow.manufacturing.ManufacturingOrder;
import org.cartflow.monitoring.CrsIntervention;
import org.cartflow.monitoring.MissedAssessmentDay;
import org.cartflow.product.ProductBag;
import org.cartflow.product.StorageExcursion;

/**
 * What the journey page flags, gathered from every stage: infection-marker carriers, temperature excursions,
 * out-of-specification releases, LD plan moves, bags not infused, tocilizumab doses given under 8 h apart or beyond
 * the stock, entries made late after the fact, identity incidents and physicians' overrides.
 */
@ApplicationScoped
public class JourneyFlagsCollector {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    JourneyFlags apheresisFlags;

    /** One flag: its kind, the rule it concerns and what happened. {@code open} means it still needs someone. */
    public record Flag(String kind, String ruleId, String message, boolean open) {
    }

    public List<Flag> of(long courseId) {
        Msg msg = Texts.of(Msg.class);
        String zone = Course.<Course>findByIdOptional(courseId).map(c -> c.zone().getId()).orElse("UTC");
        List<Flag> out = new ArrayList<>();
        apheresisFlags.of(courseId)
                .forEach(f -> out.add(new Flag(msg.flagInfectionMarker(), f.ruleId(), f.message(), false)));
        TemperatureReading.<TemperatureReading>list("excursion = true and shipmentId in (select s.id from "
                + "ColdChainShipment s where s.courseId = ?1) order by measuredAt", courseId)
                .forEach(t -> out.add(new Flag(msg.flagColdChainExcursion(), "APH-3",
                        msg.flagTemperature(t.celsius.toPlainString(), LocalTimes.local(t.measuredAt, zone),
                                decision(msg, t.decision, t.decidedBy, t.decisionReason)),
                        t.decision == null)));
        StorageExcursion.ofCourse(courseId).forEach(e -> out.add(new Flag(msg.flagStorageExcursion(), "STO-1",
                msg.flagOpened(LocalTimes.local(e.openedAt, zone),
                        decision(msg, e.open() ? null : e.decision, e.decidedBy, e.reason)),
                e.open())));
        ManufacturingOrder.<ManufacturingOrder>list("courseId = ?1 and physicianAgreedBy is not null order by runNumber",
                courseId).forEach(o -> out.add(new Flag(msg.flagOutOfSpecRelease(), "MFG-2",
                        msg.flagRunReleased(o.runNumber, o.physicianAgreedBy, o.physicianAgreementReason), false)));
        LdPlanMove.ofCourse(courseId).forEach(m -> out.add(new Flag(msg.flagLdPlanMoved(), "LD-1",
                msg.flagLdDayMoved(m.fromLdDay, m.previousDate, m.newDate, m.movedBy, m.reason), false)));
        LdAdministration.<LdAdministration>list("courseId = ?1 and spacingDeviationReason is not null order by startedAt",
                courseId).forEach(a -> out.add(new Flag(msg.flagLdSpacing(), "LD-1", msg.flagBy(a.drug + " day " + a.ldDay
                        + " " + LocalTimes.local(a.startedAt, zone), a.recordedBy, a.spacingDeviationReason), false)));
        LdAdministration.<LdAdministration>list("courseId = ?1 and scheduleDeviationReason is not null order by startedAt",
                courseId).forEach(a -> out.add(new Flag(msg.flagLdOffSchedule(), "LD-1", msg.flagBy(a.drug + " day "
                        + a.ldDay + " " + LocalTimes.local(a.startedAt, zone), a.recordedBy, a.scheduleDeviationReason),
                        false)));
        ProductBag.<ProductBag>list("courseId = ?1 and (state = ?2 or (state = ?3 and neverInfusable = true)) "
                + "order by position", courseId, ProductBag.State.DISCARDED, ProductBag.State.QUARANTINED)
                .forEach(b -> out.add(new Flag(msg.flagBagNotInfused(), b.notInfusableRule == null ? "INF-12"
                        : b.notInfusableRule, msg.flagBag(b.position, b.bagCode, b.state,
                                b.notInfusableReason != null ? ": " + b.notInfusableReason
                                        : b.quarantineReason != null ? ": " + b.quarantineReason : ""),
                        b.state == ProductBag.State.QUARANTINED)));
        CrsIntervention.ofCourse(courseId).stream().filter(i -> i.spacingDeviationReason != null || i.givenWithoutStock)
                .forEach(i -> out.add(new Flag(msg.flagTocilizumabDeviation(), "CRS-ALG", msg.flagBy(
                        LocalTimes.local(i.givenAt, zone), i.recordedBy, i.spacingDeviationReason != null
                                ? i.spacingDeviationReason : msg.flagGivenWithoutStock()), i.givenWithoutStock)));
        BagInfusion.<BagInfusion>list("courseId = ?1 and bedsideEntry = 'TYPED' order by id", courseId)
                .forEach(b -> out.add(new Flag(msg.flagManualBedsideCheck(), "INF-9", msg.flagBy(
                        LocalTimes.local(b.bedsideCheckedAt, zone), b.bedsideCheckedBy + (b.bedsideCosignedBy == null
                                ? "" : " + " + b.bedsideCosignedBy), b.bedsideManualReason), b.bedsideCosignedBy == null)));
        BagInfusion.<BagInfusion>list("courseId = ?1 and premedicationWindowReason is not null order by id", courseId)
                .forEach(b -> out.add(new Flag(msg.flagPremedicationWindow(), "INF-2", msg.flagBy(
                        LocalTimes.local(b.infusionStartedAt, zone), b.infusionStartedBy, b.premedicationWindowReason),
                        false)));
        InfusionDeviation.ofCourse(courseId).forEach(d -> out.add(new Flag(msg.flagBedsideDeviation(), d.ruleId,
                msg.flagBy(d.message, d.recordedBy, d.open() ? msg.flagAwaitingReview()
                        : d.reviewedBy + ": " + d.reviewNote), d.open())));
        InfusionDelay.ofCourse(courseId).forEach(d -> out.add(new Flag(msg.flagInfusionDelayed(),
                d.cause.ruleId() == null ? "LD-1" : d.cause.ruleId(), msg.flagDelay(d.plannedDayZero,
                        d.expectedOn == null ? "–" : d.expectedOn.toString(), d.cause, d.recordedBy, d.reason), false)));
        MissedAssessmentDay.ofCourse(courseId).forEach(m -> out.add(new Flag(msg.flagMissedAssessmentDay(), "MON-3",
                msg.flagBy("Day " + m.dayNumber, m.recordedBy, m.reason), false)));
        LateEntry.ofCourse(courseId).forEach(e -> out.add(new Flag(msg.flagLateEntry(), "", msg.flagLate(e.recordKind,
                LocalTimes.local(e.performedAt, zone), LocalTimes.local(e.recordedAt, zone), e.delayMinutes, e.recordedBy,
                e.reason), false)));
        InfusionIncident.ofCourse(courseId).forEach(i -> out.add(new Flag(msg.flagIdentityIncident(), i.ruleId,
                msg.flagBy(String.valueOf(i.step), i.recordedBy, String.valueOf(i.mismatches)), false)));
        for (AuditEvent e : AuditEvent.<AuditEvent>list("courseId = ?1 and details like ?2 order by id", courseId,
                "%\"overrides\"%")) {
            for (JsonNode o : overrides(e.details)) {
                out.add(new Flag(msg.flagOverride(), o.path("ruleId").asText(),
                        msg.flagBy(e.action, e.actor, o.path("reason").asText()), false));
            }
        }
        return out;
    }

    /** ": awaiting a physician's decision" or ": RELEASE by dr-sato (reason)". */
    private static String decision(Msg msg, Object decision, String by, String reason) {
        return decision == null ? msg.flagAwaitingDecision() : msg.flagDecided(decision, by, reason);
    }

    private static JsonNode overrides(String details) {
        try {
            return JSON.readTree(details).path("overrides");
        } catch (Exception unreadable) {
            return JSON.createArrayNode();
        }
    }
}
