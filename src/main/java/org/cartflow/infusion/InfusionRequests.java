package org.cartflow.infusion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.cartflow.product.PatientIdentifiers;

/**
 * Bodies of the infusion-day and bedside commands. Every bedside step takes {@code performedAt}, the moment it
 * happened (default: now), which its timing rules judge; an entry later than the site's delay needs
 * {@code lateEntryReason} and is flagged as late.
 */
public final class InfusionRequests {
    private InfusionRequests() {
    }

    /** DELAY-1/2 and INF-2: the same-day clinical check, vital signs and emergency readiness. */
    public record ReadinessRequest(
            @NotNull Boolean activeInfection,
            @NotNull Boolean inflammatoryDisease,
            @NotNull Boolean seriousAdverseEventPulmonary,
            @NotNull Boolean seriousAdverseEventCardiac,
            @NotNull Boolean seriousAdverseEventHypotension,
            @Size(max = 500) String seriousAdverseEventOther,
            @NotNull @DecimalMin("30.0") @DecimalMax("45.0") BigDecimal temperatureC,
            @NotNull @Min(20) @Max(250) Integer heartRate,
            @NotNull @Min(40) @Max(300) Integer systolicBp,
            @NotNull @Min(20) @Max(200) Integer diastolicBp,
            @NotNull @Min(50) @Max(100) Integer spo2,
            @NotNull @Min(4) @Max(80) Integer respiratoryRate,
            @NotNull Boolean emergencyMeasuresReady,
            Instant performedAt, @Size(max = 400) String lateEntryReason) {

        public ReadinessRequest(Boolean activeInfection, Boolean inflammatoryDisease,
                Boolean seriousAdverseEventPulmonary, Boolean seriousAdverseEventCardiac,
                Boolean seriousAdverseEventHypotension, String seriousAdverseEventOther, BigDecimal temperatureC,
                Integer heartRate, Integer systolicBp, Integer diastolicBp, Integer spo2, Integer respiratoryRate,
                Boolean emergencyMeasuresReady) {
            this(activeInfection, inflammatoryDisease, seriousAdverseEventPulmonary, seriousAdverseEventCardiac,
                    seriousAdverseEventHypotension, seriousAdverseEventOther, temperatureC, heartRate, systolicBp,
                    diastolicBp, spo2, respiratoryRate, emergencyMeasuresReady, null, null);
        }
    }

    public enum Antihistamine { DIPHENHYDRAMINE, OTHER_H1 }

    /** INF-2: premedication as given; {@code givenAt} defaults to now (late entries need {@code lateEntryReason}). A missing drug is refused by INF-2. */
    public record PremedicationRequest(
            Instant givenAt,
            @Min(1) @Max(2000) Integer acetaminophenMg,
            Antihistamine antihistamine,
            @Size(max = 100) String antihistamineName,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("200") BigDecimal antihistamineMg,
            @Size(max = 100) String corticosteroid,
            Boolean corticosteroidLifeThreateningEmergency,
            @Size(max = 2000) String corticosteroidReason,
            @Size(max = 400) String lateEntryReason) {

        public PremedicationRequest(Instant givenAt, Integer acetaminophenMg, Antihistamine antihistamine,
                String antihistamineName, BigDecimal antihistamineMg, String corticosteroid,
                Boolean corticosteroidLifeThreateningEmergency, String corticosteroidReason) {
            this(givenAt, acetaminophenMg, antihistamine, antihistamineName, antihistamineMg, corticosteroid,
                    corticosteroidLifeThreateningEmergency, corticosteroidReason, null);
        }
    }

    public enum Entry { SCANNED, TYPED }

    /** INF-4: the identifiers read from the metal cassette and from the bag, and the bag's code. */
    public record IdentityCheckRequest(
            @NotNull Entry entry,
            @NotBlank @Size(max = 64) String bagCode,
            @NotNull @Valid PatientIdentifiers cassette,
            @NotNull @Valid PatientIdentifiers bag,
            Instant performedAt, @Size(max = 400) String lateEntryReason) {

        public IdentityCheckRequest(Entry entry, String bagCode, PatientIdentifiers cassette, PatientIdentifiers bag) {
            this(entry, bagCode, cassette, bag, null, null);
        }
    }

    /** INF-5: what the inspection of the bag found. */
    public record InspectionRequest(@NotNull Boolean intact, @Size(max = 500) String finding,
            Instant performedAt, @Size(max = 400) String lateEntryReason) {

        public InspectionRequest(Boolean intact, String finding) {
            this(intact, finding, null, null);
        }
    }

    public enum ThawMethod { WATER_BATH, DRY_THAW_DEVICE }

    /** INF-1, INF-6, INF-7: the thaw starts. */
    public record ThawStartRequest(@NotNull ThawMethod method,
            @NotNull @DecimalMin("0") @DecimalMax("60") BigDecimal temperatureC,
            Instant performedAt, @Size(max = 400) String lateEntryReason) {

        public ThawStartRequest(ThawMethod method, BigDecimal temperatureC) {
            this(method, temperatureC, null, null);
        }
    }

    public enum ProhibitedHandling { REFROZEN, WASHED, CENTRIFUGED, RESUSPENDED }

    /** INF-7: thawed completely; anything the label forbids that happened to the bag. */
    public record ThawCompleteRequest(@NotNull Boolean completelyThawed,
            @Size(max = 4) List<@NotNull ProhibitedHandling> prohibitedHandling,
            Instant performedAt, @Size(max = 400) String lateEntryReason) {

        public ThawCompleteRequest(Boolean completelyThawed, List<ProhibitedHandling> prohibitedHandling) {
            this(completelyThawed, prohibitedHandling, null, null);
        }
    }

    /** INF-8, INF-10: the infusion line. */
    public record LineSetupRequest(@NotNull Boolean primedWithSaline, @NotNull Boolean leukocyteDepletingFilter,
            @NotNull Boolean productIrradiated,
            Instant performedAt, @Size(max = 400) String lateEntryReason) {

        public LineSetupRequest(Boolean primedWithSaline, Boolean leukocyteDepletingFilter, Boolean productIrradiated) {
            this(primedWithSaline, leukocyteDepletingFilter, productIrradiated, null, null);
        }
    }

    /**
     * INF-9: the bag's label and the patient's wristband scanned at the bedside. When scanning is impossible (scanner
     * or label failure) they are TYPED with {@code manualReason}, and a second user co-signs (bedside-identity-cosign).
     */
    public record BedsideIdentityRequest(
            @NotNull Entry entry,
            @NotBlank @Size(max = 64) String bagCode,
            @NotNull @Valid PatientIdentifiers bag,
            @NotNull @Valid PatientIdentifiers wristband,
            @Size(max = 400) String manualReason,
            Instant performedAt, @Size(max = 400) String lateEntryReason) {

        public BedsideIdentityRequest(Entry entry, String bagCode, PatientIdentifiers bag, PatientIdentifiers wristband) {
            this(entry, bagCode, bag, wristband, null, null, null);
        }

        public BedsideIdentityRequest(Entry entry, String bagCode, PatientIdentifiers bag, PatientIdentifiers wristband,
                String manualReason) {
            this(entry, bagCode, bag, wristband, manualReason, null, null);
        }
    }

    /** RATE-1: the pump rate set. */
    /**
     * RATE-1, INF-2. {@code premedicationWindowReason}: why the first bag starts within the site's grace outside
     * the 30-60 minutes after premedication (INF-2 says about 30-60 minutes); the step is then flagged.
     */
    public record InfusionStartRequest(@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100")
            BigDecimal pumpRateMlMin,
            Instant performedAt, @Size(max = 400) String lateEntryReason,
            @Size(max = 400) String premedicationWindowReason) {

        public InfusionStartRequest(BigDecimal pumpRateMlMin) {
            this(pumpRateMlMin, null, null, null);
        }

        public InfusionStartRequest(BigDecimal pumpRateMlMin, Instant performedAt, String lateEntryReason) {
            this(pumpRateMlMin, performedAt, lateEntryReason, null);
        }
    }

    /** RATE-1, INF-11: the full volume was given; the rate is computed from the bag volume and the duration. */
    public record InfusionEndRequest(@NotNull Boolean fullVolumeGiven,
            Instant performedAt, @Size(max = 400) String lateEntryReason) {

        public InfusionEndRequest(Boolean fullVolumeGiven) {
            this(fullVolumeGiven, null, null);
        }
    }

    /** INF-10: back-priming with normal saline. */
    public record BackPrimeRequest(@NotNull @Min(1) @Max(500) Integer salineMl,
            Instant performedAt, @Size(max = 400) String lateEntryReason) {

        public BackPrimeRequest(Integer salineMl) {
            this(salineMl, null, null);
        }
    }

    /** INF-13: leftovers and the bag disposed of as infectious waste. */
    public record DisposalRequest(@NotNull Boolean asInfectiousWaste,
            Instant performedAt, @Size(max = 400) String lateEntryReason) {

        public DisposalRequest(Boolean asInfectiousWaste) {
            this(asInfectiousWaste, null, null);
        }
    }

    /** INF-5, INF-7, INF-8, INF-11: the physician documents that a bag will not be infused, and why. */
    public record NotInfusableRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /**
     * DELAY-1/2: the physician postpones the infusion beyond the planned day 0 (or confirms again that it still
     * waits), with the cause, the reason and, when known, the day it is now expected.
     */
    public record InfusionDelayRequest(@NotNull InfusionDelay.Cause cause, @NotBlank @Size(max = 2000) String reason,
            java.time.LocalDate expectedOn) {
    }

    /** The physician's review of a deviation kept when the infusion was recorded: what was found and done. */
    public record DeviationReviewRequest(@NotBlank @Size(max = 2000) String note) {
    }
}
