package org.cartflow.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.apheresis.JourneyFlags;
import org.cartflow.apheresis.TemperatureReading;
import org.cartflow.audit.AuditEvent;
import org.cartflow.infusion.InfusionIncident;
import org.cartflow.lymphodepletion.LdPlanMove;
import org.cartflow.manufacturing.ManufacturingOrder;
import org.cartflow.product.ProductBag;
import org.cartflow.product.StorageExcursion;

/**
 * What the journey page flags, gathered from every stage: infection-marker carriers, temperature excursions,
 * out-of-specification releases, LD plan moves, bags not infused, identity incidents and physicians' overrides.
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
        List<Flag> out = new ArrayList<>();
        apheresisFlags.of(courseId).forEach(f -> out.add(new Flag("infection marker", f.ruleId(), f.message(), false)));
        TemperatureReading.<TemperatureReading>list("excursion = true and shipmentId in (select s.id from "
                + "ColdChainShipment s where s.courseId = ?1) order by measuredAt", courseId)
                .forEach(t -> out.add(new Flag("cold-chain excursion", "APH-3", t.celsius.toPlainString() + " C at "
                        + t.measuredAt + (t.decision == null ? ": awaiting a physician's decision"
                                : ": " + t.decision + " by " + t.decidedBy + " (" + t.decisionReason + ")"),
                        t.decision == null)));
        StorageExcursion.ofCourse(courseId).forEach(e -> out.add(new Flag("storage excursion", "STO-1",
                "Opened " + e.openedAt + (e.open() ? ": awaiting a physician's decision"
                        : ": " + e.decision + " by " + e.decidedBy + " (" + e.reason + ")"), e.open())));
        ManufacturingOrder.<ManufacturingOrder>list("courseId = ?1 and physicianAgreedBy is not null order by runNumber",
                courseId).forEach(o -> out.add(new Flag("out-of-specification release", "MFG-2", "Run " + o.runNumber
                        + " released by " + o.physicianAgreedBy + ": " + o.physicianAgreementReason, false)));
        LdPlanMove.ofCourse(courseId).forEach(m -> out.add(new Flag("LD plan moved", "LD-1", "LD day " + m.fromLdDay
                + " " + m.previousDate + " → " + m.newDate + " by " + m.movedBy + ": " + m.reason, false)));
        ProductBag.<ProductBag>list("courseId = ?1 and (state = ?2 or (state = ?3 and neverInfusable = true)) "
                + "order by position", courseId, ProductBag.State.DISCARDED, ProductBag.State.QUARANTINED)
                .forEach(b -> out.add(new Flag("bag not infused", b.notInfusableRule == null ? "INF-12"
                        : b.notInfusableRule, "Bag " + b.position + " (" + b.bagCode + ") " + b.state
                        + (b.notInfusableReason != null ? ": " + b.notInfusableReason
                                : b.quarantineReason != null ? ": " + b.quarantineReason : ""),
                        b.state == ProductBag.State.QUARANTINED)));
        InfusionIncident.ofCourse(courseId).forEach(i -> out.add(new Flag("identity incident", i.ruleId, i.step
                + " by " + i.recordedBy + ": " + i.mismatches, false)));
        for (AuditEvent e : AuditEvent.<AuditEvent>list("courseId = ?1 and details like ?2 order by id", courseId,
                "%\"overrides\"%")) {
            for (JsonNode o : overrides(e.details)) {
                out.add(new Flag("override", o.path("ruleId").asText(), e.action + " by " + e.actor + ": "
                        + o.path("reason").asText(), false));
            }
        }
        return out;
    }

    private static JsonNode overrides(String details) {
        try {
            return JSON.readTree(details).path("overrides");
        } catch (Exception unreadable) {
            return JSON.createArrayNode();
        }
    }
}
