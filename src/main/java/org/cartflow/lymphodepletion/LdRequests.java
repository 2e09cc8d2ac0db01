package org.cartflow.lymphodepletion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.cartflow.lymphodepletion.LdAdministration.Drug;
import org.cartflow.lymphodepletion.LdCalculator.BsaMethod;
import org.cartflow.common.LabValue;
import org.cartflow.lymphodepletion.LdCalculator.WeightBasis;

/** Bodies of the lymphodepletion commands. Plausibility ranges are checked by the service (422 naming the field). */
public final class LdRequests {
    private LdRequests() {
    }

    /**
     * The pre-LD assessment. Creatinine and the counts carry their UCUM unit as in the post-infusion panel
     * ({@link LabValue}): creatinine mg/dL or umol/L; ANC 10*9/L, 10*3/uL or /uL; platelets also 10*4/uL; haemoglobin
     * g/dL or g/L. A laboratory value left out (creatinine with its date, or a count) is taken from the newest result
     * the lab system sent for the course (POST /fhir/Observation); the assessment names where it came from.
     */
    public record AssessmentRequest(
            @NotNull BigDecimal heightCm, @NotNull @PastOrPresent LocalDate heightMeasuredOn,
            @NotNull BigDecimal weightKg, @NotNull @PastOrPresent LocalDate weightMeasuredOn,
            @Valid LabValue creatinine,
            @PastOrPresent LocalDate creatinineMeasuredOn,
            @Valid LabValue anc, @Valid LabValue platelets,
            @Valid LabValue hemoglobin, @PastOrPresent LocalDate countsMeasuredOn,
            @NotNull Boolean activeInfection, @NotNull Boolean inflammatoryDisease,
            @NotNull Boolean seriousAdverseEventPulmonary, @NotNull Boolean seriousAdverseEventCardiac,
            @NotNull Boolean seriousAdverseEventHypotension, @Size(max = 500) String seriousAdverseEventOther) {
    }

    /** Options of the calculation; null means the institutional default (Mosteller, actual weight, no cap). */
    public record CalculationOptions(BsaMethod bsaMethod, WeightBasis weightBasis, Boolean normaliseTo173,
            @DecimalMin("1.0") @DecimalMax("3.0") BigDecimal bsaCapM2) {

        public static CalculationOptions defaults() {
            return new CalculationOptions(null, null, null, null);
        }
    }

    public record OrderRequest(
            @NotNull LocalDate ldDay1,
            CalculationOptions options,
            @DecimalMin("0") @DecimalMax("200") BigDecimal fludarabineDailyMg,
            @DecimalMin("0") @DecimalMax("2000") BigDecimal cyclophosphamideDailyMg,
            @Size(max = 2000) String reason) {
    }

    /** LD-1: LD day {@code fromLdDay} and the days after it move to {@code newDate} and the days after it. */
    public record PlanMoveRequest(@NotNull @Min(1) @Max(3) Integer fromLdDay, @NotNull LocalDate newDate,
            @NotBlank @Size(max = 2000) String reason) {
    }

    public record RejectionRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record AdministrationRequest(
            @NotNull Drug drug, @NotNull @Min(1) @Max(3) Integer ldDay,
            @NotNull @DecimalMin("0.1") @DecimalMax("2000") BigDecimal doseMg,
            @NotNull Instant startedAt, @NotNull Instant endedAt, @NotBlank @Size(max = 64) String lot,
            @Size(max = 400) String spacingDeviationReason, @Size(max = 400) String scheduleDeviationReason) {
    }
}
