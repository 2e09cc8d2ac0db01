package org.cartflow.adt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.adt.DemographicChange.Kind;
import org.cartflow.adt.DemographicChange.Status;
import org.cartflow.apheresis.ApheresisCollection;
import org.cartflow.audit.AuditEntry;
import org.cartflow.audit.AuditTrail;
import org.cartflow.common.CurrentUser;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Role;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.Patient;
import org.cartflow.kernel.Sex;

/**
 * Demographic updates from the EHR's ADT feed. A change is applied when it arrives, except (AUTOLOGOUS-1) a merge,
 * and a change of name, birth date or sex of a patient whose cells are already in chain of identity: the bag label
 * carries the name and birth date the bedside check compares, and sex enters Cockcroft-Gault and the CTCAE limits.
 * Those are held for the coordinator, who applies or keeps each with a reason. Every change is audited.
 */
@ApplicationScoped
public class AdtUpdates {

    /** What the EHR says about the patient; {@code replacedBy} names the surviving record of a merge. */
    public record Demographics(String familyName, String givenName, LocalDate birthDate, Sex sex, String replacedBy) {
    }

    /** Components of a stored name, HL7 v2 style: family^given. */
    private static final String COMPONENT = "^";

    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional
    public List<DemographicChange> receive(long patientId, Demographics in, String source) {
        String role = user.requireRole(List.of(Role.COORDINATOR, Role.PHYSICIAN), Texts.of(AdtText.class).actionReceive());
        Patient p = Patient.findById(patientId);
        boolean inChain = productInChainOfIdentity(p.id);
        List<DemographicChange> changes = new ArrayList<>();
        if (in.replacedBy() != null) {
            changes.add(change(p, Kind.MERGE, "Patient/" + p.id, in.replacedBy(), true, source));
        }
        if (!p.familyName.equals(in.familyName()) || !p.givenName.equals(in.givenName())) {
            changes.add(change(p, Kind.NAME, p.familyName + COMPONENT + p.givenName,
                    in.familyName() + COMPONENT + in.givenName(), inChain, source));
        }
        if (!p.birthDate.equals(in.birthDate())) {
            changes.add(change(p, Kind.BIRTH_DATE, p.birthDate.toString(), in.birthDate().toString(), inChain, source));
        }
        if (p.sex != in.sex()) {
            changes.add(change(p, Kind.SEX, p.sex.name(), in.sex().name(), inChain, source));
        }
        changes.stream().filter(c -> c.status == Status.APPLIED).forEach(c -> apply(p, c));
        if (!changes.isEmpty()) {
            DemographicChange.flush();
            audit.append(AuditEntry.record(user.name(), role, "patient.demographics.received", p.id, openCourse(p),
                    null, Map.of("source", source, "changes", changes.stream().map(AdtUpdates::details).toList())));
        }
        return changes;
    }

    @Transactional
    public DemographicChange decide(long patientId, long changeId, boolean apply, String reason) {
        var text = Texts.of(AdtText.class);
        String role = user.requireRole(List.of(Role.COORDINATOR), text.actionDecide());
        DemographicChange c = DemographicChange.<DemographicChange>find("id = ?1 and patientId = ?2", changeId,
                patientId).firstResultOptional().orElseThrow(() -> ProblemException.notFound(text.change(changeId),
                        changeId));
        if (c.status != Status.HELD) {
            throw ProblemException.conflict(text.notHeld(c.status.name()));
        }
        if (apply && c.kind == Kind.MERGE) {
            throw ProblemException.conflict(text.mergeNotApplied());
        }
        Patient p = Patient.findById(patientId);
        if (apply) {
            apply(p, c);
        }
        c.status = apply ? Status.ACCEPTED : Status.KEPT;
        c.resolvedBy = user.name();
        c.resolvedAt = clock.instant();
        c.resolutionReason = reason;
        DemographicChange.flush();
        audit.append(AuditEntry.record(user.name(), role, "patient.demographics.resolved", p.id, openCourse(p), reason,
                details(c)));
        return c;
    }

    /** Cells of the patient have been collected under a chain-of-identity id (any course). */
    static boolean productInChainOfIdentity(long patientId) {
        return Course.ofPatient(patientId).stream().anyMatch(c -> !ApheresisCollection.ofCourse(c.id).isEmpty());
    }

    /** A name stored as family^given, shown as "family given". */
    public static String shown(String value) {
        return value == null ? null : value.replace(COMPONENT, " ");
    }

    private DemographicChange change(Patient p, Kind kind, String current, String incoming, boolean held,
            String source) {
        DemographicChange c = new DemographicChange();
        c.patientId = p.id;
        c.kind = kind;
        c.currentValue = current;
        c.incomingValue = incoming;
        c.source = source;
        c.status = held ? Status.HELD : Status.APPLIED;
        c.receivedBy = user.name();
        c.receivedAt = clock.instant();
        c.persist();
        return c;
    }

    private static void apply(Patient p, DemographicChange c) {
        switch (c.kind) {
            case NAME -> {
                String[] parts = c.incomingValue.split("\\" + COMPONENT, 2);
                p.familyName = parts[0];
                p.givenName = parts[1];
            }
            case BIRTH_DATE -> p.birthDate = LocalDate.parse(c.incomingValue);
            case SEX -> p.sex = Sex.valueOf(c.incomingValue);
            case MERGE -> throw new IllegalStateException("a merge is never applied");
        }
    }

    private static Long openCourse(Patient p) {
        return Course.active(p.id).map(c -> c.id).orElse(null);
    }

    private static Map<String, Object> details(DemographicChange c) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("change", c.id);
        d.put("kind", c.kind.name());
        d.put("from", shown(c.currentValue));
        d.put("to", shown(c.incomingValue));
        d.put("status", c.status.name());
        return d;
    }
}
