package org.cartflow.eligibility;

import java.util.List;
import org.cartflow.common.Role;
import org.cartflow.kernel.Command;

/**
 * The eligibility work-up's commands and who may give them. They run no guards of their own: what they record is
 * judged by the guards of the declare-eligible transition, which the work-up view shows after every write.
 */
public final class EligibilityCommands {

    public static final Command SITE = recorders("site-qualification");
    public static final Command DIAGNOSIS = recorders("diagnosis");
    public static final Command THERAPY_LINE = recorders("therapy-line");
    public static final Command RETRACT_THERAPY_LINE = recorders("therapy-line-retraction");
    public static final Command ECOG = recorders("ecog");
    public static final Command PREGNANCY = recorders("pregnancy-status");
    /** ELIG-6: treating a pregnant patient is a physician's benefit-risk decision. */
    public static final Command PREGNANCY_BENEFIT_RISK = Command.of("pregnancy-benefit-risk").by(Role.PHYSICIAN);
    public static final Command HYPERSENSITIVITY = recorders("hypersensitivity");
    public static final Command CONSENT = recorders("treatment-consent");

    public static final List<Command> ALL = List.of(SITE, DIAGNOSIS, THERAPY_LINE, RETRACT_THERAPY_LINE, ECOG,
            PREGNANCY, PREGNANCY_BENEFIT_RISK, HYPERSENSITIVITY, CONSENT);

    private static Command recorders(String slug) {
        return Command.of(slug).by(Role.PHYSICIAN, Role.COORDINATOR);
    }

    private EligibilityCommands() {
    }
}
