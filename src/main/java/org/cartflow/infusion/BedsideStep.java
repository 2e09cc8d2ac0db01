package org.cartflow.infusion;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** The label's per-bag steps a..i in their only allowed order, with the rule each one carries out. */
public enum BedsideStep {
    IDENTITY_CHECK("identity-check", "INF-4", b -> b.identityCheckedAt),
    IDENTITY_COSIGN("identity-cosign", "INF-4", b -> b.identityCosignedAt),
    INSPECTION("inspection", "INF-5", b -> b.inspectedAt),
    THAW_START("thaw-start", "INF-1", b -> b.thawStartedAt),
    THAW_COMPLETE("thaw-complete", "INF-7", b -> b.thawCompletedAt),
    LINE_SETUP("line-setup", "INF-8", b -> b.lineSetUpAt),
    BEDSIDE_IDENTITY_CHECK("bedside-identity-check", "INF-9", b -> b.bedsideCheckedAt),
    /** Only after a manual (typed) bedside check: a second user types and signs; done with the scan otherwise. */
    BEDSIDE_IDENTITY_COSIGN("bedside-identity-cosign", "INF-9",
            b -> b.manualBedsideCheck() ? b.bedsideCosignedAt : b.bedsideCheckedAt),
    INFUSION_START("infusion-start", "RATE-1", b -> b.infusionStartedAt),
    INFUSION_END("infusion-end", "INF-11", b -> b.infusionEndedAt),
    BACK_PRIME("back-prime", "INF-10", b -> b.backPrimedAt),
    DISPOSAL("disposal", "INF-13", b -> b.disposedAt);

    private final String slug;
    private final String ruleId;
    private final Function<BagInfusion, Instant> doneAt;

    BedsideStep(String slug, String ruleId, Function<BagInfusion, Instant> doneAt) {
        this.slug = slug;
        this.ruleId = ruleId;
        this.doneAt = doneAt;
    }

    public String slug() {
        return slug;
    }

    public String ruleId() {
        return ruleId;
    }

    public boolean doneOn(BagInfusion b) {
        return b != null && doneAt.apply(b) != null;
    }

    /** The latest moment any step before this one happened on the bag; null when none has. */
    public Instant previousDoneAt(BagInfusion b) {
        if (b == null) {
            return null;
        }
        return Arrays.stream(values()).filter(s -> s.ordinal() < ordinal()).map(s -> s.doneAt.apply(b))
                .filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(null);
    }

    /** The first step not yet done on this bag; empty when all are. */
    public static Optional<BedsideStep> next(BagInfusion b) {
        return Arrays.stream(values()).filter(s -> !s.doneOn(b)).findFirst();
    }
}
