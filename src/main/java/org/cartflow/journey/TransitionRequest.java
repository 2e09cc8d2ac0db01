package org.cartflow.journey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A step of the journey, e.g. {"transition": "declare-eligible"}. Trial rules that refuse the step may be overridden
 * by a physician, each with its reason.
 */
public record TransitionRequest(
        @NotBlank @Size(max = 64) String transition,
        @Size(max = 2000) String reason,
        @Size(max = 20) List<@Valid RuleOverride> overrides) {

    public record RuleOverride(@NotBlank @Size(max = 32) String ruleId, @NotBlank @Size(max = 2000) String reason) {
    }

    public List<RuleOverride> overridesOrEmpty() {
        return overrides == null ? List.of() : overrides;
    }
}
