package org.cartflow.bridging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Bodies of the bridging commands. Override reasons are a physician's recorded decision on a trial rule. */
public final class BridgingRequests {
    private BridgingRequests() {
    }

    public record DoseRequest(
            @NotBlank @Size(max = 100) String drug,
            @NotNull BridgingClass drugClass,
            @NotBlank @Size(max = 100) String dose,
            @NotNull LocalDate startedOn,
            @NotNull LocalDate lastDoseOn,
            @Size(max = 2000) String classOverrideReason,
            @Size(max = 2000) String washoutOverrideReason) {
    }

    public record LdPlanRequest(
            @NotNull LocalDate plannedLdDay1,
            @Size(max = 2000) String washoutOverrideReason) {
    }
}
