package org.cartflow.manufacturing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Bodies of the manufacturing commands. */
public final class ManufacturingRequests {
    private ManufacturingRequests() {
    }

    /** A run quoting the chain of identity of its starting material (AUTOLOGOUS-1). */
    public record OrderRequest(
            @NotBlank @Size(max = 40) String chainOfIdentityId,
            @NotBlank @Size(max = 20) String din,
            RunSource source) {
    }

    public record StatusRequest(
            @NotNull ManufacturingStatus status,
            @DecimalMin("0.0") @DecimalMax("999999.9") @Digits(integer = 6, fraction = 1) BigDecimal carTCellYieldMillions,
            Boolean outOfSpecification,
            @Size(max = 2000) String note) {
    }

    /** MFG-2: review of the deviation and of the patient's condition. */
    public record DeviationReviewRequest(
            @NotBlank @Size(max = 4000) String deviationSummary,
            @NotBlank @Size(max = 4000) String patientConditionReview) {
    }

    /** MFG-2: the treating physician's agreement to accept an out-of-specification product by exception. */
    public record ExceptionReleaseRequest(@NotBlank @Size(max = 2000) String reason) {
    }
}
