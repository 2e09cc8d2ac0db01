package org.cartflow.common;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Counts refusals by label rule ID (cartflow_guard_refusals_total{rule,kind}): which rules stop work most. */
@Singleton
public class GuardRefusalMetrics {

    @Inject
    MeterRegistry registry;

    public void count(Problem problem) {
        if (problem.refusals() == null) {
            return;
        }
        for (Problem.Refusal r : problem.refusals()) {
            registry.counter("cartflow.guard.refusals", "rule", r.ruleId(), "kind", r.kind()).increment();
        }
    }
}
