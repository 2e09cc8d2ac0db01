package org.cartflow.apheresis;

import org.cartflow.kernel.JourneyFlag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cartflow.common.Problem;

/** The apheresis stage of a course: screening, consent, slot, collections with their shipments, flags and checks. */
public record ApheresisView(long courseId, long courseVersion, List<Infection> infectionTests,
        LeukapheresisConsent consent, Slot slot, ChainOfIdentity.Identity chainOfIdentity,
        List<Collection> collections, List<JourneyFlag> flags, List<Check> checks) {

    public record Infection(long id, InfectionMarker marker, String infection, InfectionResult result,
            LocalDate testedOn, String enteredBy, Instant recordedAt) {
    }

    public record Slot(long id, Instant startsAt, String startsAtLocal, String unit, String bookedBy) {
    }

    public record Collection(long id, Instant startedAt, Instant endedAt, LocalDate collectedOn, int volumeMl,
            BigDecimal totalNucleatedCellsE9, BigDecimal cd3CellsE9, boolean gcsfInPriorDays,
            boolean plerixaforInPriorDays, boolean usableForManufacture,
            String chainOfIdentityId, String din, String dinCheckCharacter, String recordedBy, Shipment shipment) {
    }

    public record Shipment(long id, String boxId, BigDecimal boxSetLowC, BigDecimal boxSetHighC, Instant packedAt,
            String packedBy, String destination, List<CustodyHandoff> custody, List<TemperatureReading> temperatures,
            boolean undecidedExcursion) {
    }

    /** One guard of the stage and whether it passes now. */
    public record Check(String transition, String guard, List<String> ruleIds, boolean passes,
            List<Problem.Refusal> refusals) {
    }
}
