package org.cartflow.monitoring;

import jakarta.validation.Valid;
import org.cartflow.common.LabValue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.cartflow.monitoring.MonitoringEnums.*;

/** Request bodies of the monitoring stage. */
public final class MonitoringRequests {

    private MonitoringRequests() {
    }

    /** ICE: orientation 0-4, naming 0-3, following commands 0-1, writing 0-1, attention 0-1. */
    public record Ice(@NotNull @Min(0) @Max(4) Integer orientation, @NotNull @Min(0) @Max(3) Integer naming,
            @NotNull @Min(0) @Max(1) Integer commands, @NotNull @Min(0) @Max(1) Integer writing,
            @NotNull @Min(0) @Max(1) Integer attention) {

        int score() {
            return orientation + naming + commands + writing + attention;
        }
    }

    /**
     * A null ice means the ICE assessment could not be performed: allowed for an UNAROUSABLE patient, otherwise only
     * with iceNotPerformedReason (e.g. intubated and sedated), so a forgotten ICE is never graded by default.
     */
    public record AssessmentRequest(
            @NotNull Instant assessedAt,
            @NotNull @DecimalMin("30.0") @DecimalMax("45.0") BigDecimal temperatureC,
            @NotNull @Min(20) @Max(300) Integer systolicBp,
            @NotNull @Min(10) @Max(200) Integer diastolicBp,
            @NotNull @Min(10) @Max(300) Integer heartRate,
            @NotNull @Min(0) @Max(100) Integer spo2,
            @NotNull OxygenDevice oxygenDevice,
            @DecimalMin("0.0") @DecimalMax("80.0") BigDecimal oxygenFlowLpm,
            boolean hypotension,
            @Min(0) @Max(10) int vasopressors,
            boolean vasopressin,
            @jakarta.validation.Valid Ice ice,
            @NotNull Consciousness consciousness,
            @NotNull Seizure seizure,
            boolean motorWeakness,
            @NotNull CerebralOedema cerebralOedema,
            @Size(max = 400) String iceNotPerformedReason,
            @Size(max = 400) String lateEntryReason) {
    }

    /** Tocilizumab doses are computed from weightKg; other drugs give doseMg. */
    /**
     * {@code deviationReason}: why a tocilizumab dose was given under 8 h after the previous one (CRS-ALG);
     * {@code lateEntryReason}: why a dose is entered later than the site's delay after {@code givenAt}.
     */
    public record InterventionRequest(@NotNull Drug drug, @NotNull Instant givenAt,
            @DecimalMin("1.0") @DecimalMax("400.0") BigDecimal weightKg,
            @DecimalMin("0.1") @DecimalMax("10000.0") BigDecimal doseMg,
            @Size(max = 400) String deviationReason,
            @Size(max = 400) String lateEntryReason) {
    }

    /**
     * CRS-ALG (ASTCT 2019): the physician attributes an assessment's fever to a documented cause other than CRS, e.g.
     * a positive blood culture; {@code documentation} says what shows it.
     */
    public record FeverAttributionRequest(@NotNull MonitoringEnums.FeverCause cause,
            @NotBlank @Size(max = 1000) String documentation) {
    }

    /** MON-1, MON-3, MON-4: why day {@code dayNumber} since day 0 has no CRS/ICANS assessment. */
    public record MissedDayRequest(@NotNull @Min(0) @Max(400) Integer dayNumber,
            @NotBlank @Size(max = 1000) String reason) {
    }

    public record StockRequest(@NotNull @Min(0) @Max(20) Integer dosesOnHand) {
    }

    public record DischargeRecordRequest(@NotBlank @Size(max = 200) String caregiverName,
            @NotBlank @Size(max = 200) String caregiverContact,
            @NotBlank @Size(max = 400) String lodgingAddress,
            @NotNull @Min(0) @Max(600) Integer lodgingMinutesToSite,
            boolean ackNoDriving, boolean ackNoDonation, boolean ackLiveVaccines, boolean ackHivNatFalsePositive) {
    }

    /**
     * ANC, platelets, haemoglobin, potassium and creatinine carry their UCUM unit ({@link LabValue}: ANC 10*9/L,
     * 10*3/uL or /uL; platelets also 10*4/uL; haemoglobin g/dL or g/L; potassium mmol/L or meq/L; creatinine mg/dL or
     * umol/L). CRP mg/dL, ferritin ng/mL, phosphate, calcium and uric acid mg/dL, IgG mg/dL.
     */
    public record LabRequest(@NotNull Instant collectedAt,
            @Valid LabValue anc,
            @Valid LabValue platelets,
            @Valid LabValue hemoglobin,
            @DecimalMin("0.0") @DecimalMax("1000.0") BigDecimal crp,
            @DecimalMin("0.0") @DecimalMax("1000000.0") BigDecimal ferritin,
            @Valid LabValue potassium,
            @DecimalMin("0.0") @DecimalMax("30.0") BigDecimal phosphate,
            @DecimalMin("0.0") @DecimalMax("30.0") BigDecimal calcium,
            @DecimalMin("0.0") @DecimalMax("50.0") BigDecimal uricAcid,
            @Valid LabValue creatinine,
            @DecimalMin("0.0") @DecimalMax("10000.0") BigDecimal igg,
            LabPanel.Infection infection, @Size(max = 400) String infectionDetail,
            @Size(max = 100) String hbvDna, @Size(max = 100) String hcvRna) {
    }

    public enum Response {
        sCR, CR, VGPR, PR, MR, SD, PD
    }

    public enum Mrd {
        NEGATIVE, POSITIVE, NOT_DONE
    }

    public record ResponseRequest(@NotNull java.time.LocalDate assessedOn, @NotNull Response response,
            @NotNull Mrd mrd) {
    }

    /** POST-5, TMAL-1-JP24: the lineage tells a T-cell lymphoid tumour (CAR-positive T-cell origin possible). */
    public record SecondaryMalignancyRequest(@NotNull java.time.LocalDate diagnosedOn,
            @NotBlank @Size(max = 200) String diagnosis, @NotNull MalignancyLineage lineage) {
    }
}
