package org.cartflow.infusion;

import java.util.List;
import org.cartflow.infusion.rules.BagUsableGuard;
import org.cartflow.infusion.rules.BedsideScanGuard;
import org.cartflow.infusion.rules.BedsideStepOrderGuard;
import org.cartflow.infusion.rules.CompletelyThawedGuard;
import org.cartflow.infusion.rules.CourseNotInfusedGuard;
import org.cartflow.infusion.rules.ExcursionHoldGuard;
import org.cartflow.infusion.rules.InfectiousWasteGuard;
import org.cartflow.infusion.rules.InfusionDurationGuard;
import org.cartflow.infusion.rules.LabelsMatchGuard;
import org.cartflow.infusion.rules.LinePrimingGuard;
import org.cartflow.infusion.rules.OneBagAtATimeGuard;
import org.cartflow.infusion.rules.PremedicatedBeforeThawGuard;
import org.cartflow.infusion.rules.PremedicationCompleteGuard;
import org.cartflow.infusion.rules.PremedicationWindowGuard;
import org.cartflow.infusion.rules.PumpRateGuard;
import org.cartflow.infusion.rules.StoredBagThawedGuard;
import org.cartflow.infusion.rules.ThawBathTemperatureGuard;
import org.cartflow.infusion.rules.TwoPeopleGuard;
import org.cartflow.infusion.rules.WithinSixtyMinutesOfThawGuard;
import org.cartflow.common.Role;
import org.cartflow.kernel.Command;

/**
 * The infusion stage's commands (premedication, each bedside step of a bag, not infusable) and the guards each runs,
 * in the order it runs them. The transition guards thaw start also runs are listed on the table's transitions.
 */
public final class InfusionCommands {

    /** Who works at the bedside: the nurse, or the physician. */
    private static final String[] BEDSIDE = { Role.NURSE, Role.PHYSICIAN };

    public static final Command READINESS = Command.of("infusion-readiness").by(BEDSIDE);
    public static final Command DELAY = Command.of("infusion-delay").by(Role.PHYSICIAN);
    public static final Command DEVIATION_REVIEW = Command.of("infusion-deviation-review").by(Role.PHYSICIAN);

    public static final Command PREMEDICATION = Command.of("premedication", PremedicationCompleteGuard.class)
            .by(BEDSIDE);
    public static final Command IDENTITY_CHECK = Command.of("identity-check",
            LabelsMatchGuard.class, CourseNotInfusedGuard.class, BagUsableGuard.class, BedsideStepOrderGuard.class)
            .by(BEDSIDE);
    public static final Command IDENTITY_COSIGN = Command.of("identity-cosign",
            LabelsMatchGuard.class, CourseNotInfusedGuard.class, BagUsableGuard.class, BedsideStepOrderGuard.class,
            TwoPeopleGuard.class)
            .by(BEDSIDE);
    public static final Command INSPECTION = Command.of("inspection",
            CourseNotInfusedGuard.class, BagUsableGuard.class, BedsideStepOrderGuard.class)
            .by(BEDSIDE);
    public static final Command THAW_START = Command.of("thaw-start",
            CourseNotInfusedGuard.class, BagUsableGuard.class, BedsideStepOrderGuard.class, StoredBagThawedGuard.class,
            OneBagAtATimeGuard.class, PremedicatedBeforeThawGuard.class, ThawBathTemperatureGuard.class)
            .by(BEDSIDE);
    public static final Command THAW_COMPLETE = Command.of("thaw-complete",
            CourseNotInfusedGuard.class, BagUsableGuard.class, BedsideStepOrderGuard.class,
            CompletelyThawedGuard.class, WithinSixtyMinutesOfThawGuard.class)
            .by(BEDSIDE);
    public static final Command LINE_SETUP = Command.of("line-setup",
            CourseNotInfusedGuard.class, BagUsableGuard.class, BedsideStepOrderGuard.class, LinePrimingGuard.class,
            WithinSixtyMinutesOfThawGuard.class)
            .by(BEDSIDE);
    public static final Command BEDSIDE_IDENTITY_CHECK = Command.of("bedside-identity-check",
            BedsideScanGuard.class, LabelsMatchGuard.class, CourseNotInfusedGuard.class, BagUsableGuard.class,
            BedsideStepOrderGuard.class, WithinSixtyMinutesOfThawGuard.class)
            .by(BEDSIDE);
    public static final Command BEDSIDE_IDENTITY_COSIGN = Command.of("bedside-identity-cosign",
            LabelsMatchGuard.class, CourseNotInfusedGuard.class, BagUsableGuard.class, BedsideStepOrderGuard.class,
            TwoPeopleGuard.class, WithinSixtyMinutesOfThawGuard.class)
            .by(BEDSIDE);
    public static final Command INFUSION_START = Command.of("infusion-start",
            CourseNotInfusedGuard.class, BagUsableGuard.class, BedsideStepOrderGuard.class,
            PremedicationWindowGuard.class, PumpRateGuard.class, WithinSixtyMinutesOfThawGuard.class)
            .by(BEDSIDE);
    public static final Command INFUSION_END = Command.of("infusion-end",
            CourseNotInfusedGuard.class, BagUsableGuard.class, BedsideStepOrderGuard.class,
            WithinSixtyMinutesOfThawGuard.class, InfusionDurationGuard.class)
            .by(BEDSIDE);
    public static final Command BACK_PRIME = Command.of("back-prime",
            CourseNotInfusedGuard.class, BagUsableGuard.class, BedsideStepOrderGuard.class)
            .by(BEDSIDE);
    public static final Command DISPOSAL = Command.of("disposal",
            InfectiousWasteGuard.class, CourseNotInfusedGuard.class, BagUsableGuard.class, BedsideStepOrderGuard.class)
            .by(BEDSIDE);
    public static final Command NOT_INFUSABLE = Command.of("not-infusable",
            CourseNotInfusedGuard.class, ExcursionHoldGuard.class)
            .by(Role.PHYSICIAN);

    public static final List<Command> ALL = List.of(READINESS, DELAY, DEVIATION_REVIEW, PREMEDICATION, IDENTITY_CHECK, IDENTITY_COSIGN, INSPECTION,
            THAW_START, THAW_COMPLETE, LINE_SETUP, BEDSIDE_IDENTITY_CHECK, BEDSIDE_IDENTITY_COSIGN, INFUSION_START,
            INFUSION_END, BACK_PRIME, DISPOSAL, NOT_INFUSABLE);

    /** The command recording a bedside step. */
    public static Command of(BedsideStep step) {
        return switch (step) {
            case IDENTITY_CHECK -> IDENTITY_CHECK;
            case IDENTITY_COSIGN -> IDENTITY_COSIGN;
            case INSPECTION -> INSPECTION;
            case THAW_START -> THAW_START;
            case THAW_COMPLETE -> THAW_COMPLETE;
            case LINE_SETUP -> LINE_SETUP;
            case BEDSIDE_IDENTITY_CHECK -> BEDSIDE_IDENTITY_CHECK;
            case BEDSIDE_IDENTITY_COSIGN -> BEDSIDE_IDENTITY_COSIGN;
            case INFUSION_START -> INFUSION_START;
            case INFUSION_END -> INFUSION_END;
            case BACK_PRIME -> BACK_PRIME;
            case DISPOSAL -> DISPOSAL;
        };
    }

    private InfusionCommands() {
    }
}
