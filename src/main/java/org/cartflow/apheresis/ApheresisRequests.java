package org.cartflow.apheresis;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** Bodies of the apheresis commands. Times carry their offset; they are stored as UTC instants. */
public final class ApheresisRequests {
    private ApheresisRequests() {
    }

    public record InfectionTestRequest(
            @NotNull InfectionMarker marker,
            @NotNull InfectionResult result,
            @NotNull LocalDate testedOn) {
    }

    public record LeukapheresisConsentRequest(
            @NotNull LocalDate signedOn,
            @NotBlank @Size(max = 200) String signerName,
            @NotBlank @Size(max = 200) String witnessName,
            @NotBlank @Size(max = 100) String explainedBy,
            @NotBlank @Size(max = 100) String documentReference,
            @NotNull Boolean written,
            @NotNull Boolean useOfCellsExplained) {
    }

    /** A slot on a date and time of the hospital's zone, in an apheresis unit. */
    public record SlotRequest(
            @NotNull LocalDate date,
            @NotNull LocalTime time,
            @NotBlank @Size(max = 100) String unit) {
    }

    public record CollectionRequest(
            @NotNull OffsetDateTime startedAt,
            @NotNull OffsetDateTime endedAt,
            @NotNull @Min(1) @Max(100000) Integer volumeMl,
            @NotNull @DecimalMin("0.0") @DecimalMax("9999.99") @Digits(integer = 4, fraction = 2) BigDecimal totalNucleatedCellsE9,
            @NotNull @DecimalMin("0.0") @DecimalMax("9999.99") @Digits(integer = 4, fraction = 2) BigDecimal cd3CellsE9,
            @NotNull Boolean gcsfInPriorDays,
            @NotNull Boolean plerixaforInPriorDays,
            @NotBlank @Size(max = 40) String chainOfIdentityId,
            @NotBlank @Size(max = 20) String din,
            @NotBlank @Size(max = 1) String dinCheckCharacter) {
    }

    public record ShipmentRequest(
            @NotBlank @Size(max = 64) String boxId,
            @NotNull @DecimalMin("-99.9") @DecimalMax("99.9") @Digits(integer = 2, fraction = 1) BigDecimal boxSetLowC,
            @NotNull @DecimalMin("-99.9") @DecimalMax("99.9") @Digits(integer = 2, fraction = 1) BigDecimal boxSetHighC,
            @NotNull OffsetDateTime packedAt,
            @NotBlank @Size(max = 100) String packedBy,
            @NotBlank @Size(max = 200) String destination) {
    }

    public record HandoffRequest(
            @NotBlank @Size(max = 200) String fromParty,
            @NotBlank @Size(max = 200) String toParty,
            @NotNull OffsetDateTime handedAt,
            @NotBlank @Size(max = 200) String location) {
    }

    public record TemperatureRequest(
            @NotNull OffsetDateTime measuredAt,
            @NotNull @DecimalMin("-99.9") @DecimalMax("99.9") @Digits(integer = 2, fraction = 1) BigDecimal celsius) {
    }

    public record ExcursionDecisionRequest(
            @NotNull ExcursionDecision decision,
            @NotBlank @Size(max = 2000) String reason) {
    }
}
