package org.cartflow.journey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A step of the journey, e.g. {"transition": "declare-eligible"}. Trial rules that refuse the step may be overridden
 * by a physician, each with its reason. {@code occurredAt}: when it happened, required by record-death (the time of
 * death).
 */
public record TransitionRequest(
        @NotBlank @Size(max = 64) String transition,
        @Size(max = 2000) String reason,
        @Size(max = 20) List<@Valid RuleOverride> overrides,
        Instant occurredAt) {

    /** A step without the time it happened (every transition but record-death, which needs occurredAt). */
    public TransitionRequest(String transition, String reason, List<RuleOverride> overrides) {
        this(transition, reason, overrides, null);
    }

    public record RuleOverride(@NotBlank @Size(max = 32) String ruleId, @NotBlank @Size(max = 2000) String reason) {
    }

    public List<RuleOverride> overridesOrEmpty() {
        return overrides == null ? List.of() : overrides;
    }
}
