package org.cartflow.bridging.rules;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.bridging.BridgingText;
import org.cartflow.common.Texts;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/**
 * A bridging dose being recorded (trial rules): BRG-1 a drug of a class the KarMMa protocol names, BRG-2 its last
 * dose at least the profile's washout (14 days) before the planned LD day 1. A physician's recorded reason accepts either.
 */
@Singleton
@Enforces({ "BRG-1", "BRG-2" })
public class BridgingDoseGuard implements CommandGuard<BridgingDoseGuard.Facts> {

    /** {@code plannedLdDay1} is null while no LD day is planned. */
    /** {@code washoutDays}: BRG-2's days from the course's label profile. */
    public record Facts(String drug, boolean classNamedByProtocol, boolean classOverridden, LocalDate lastDoseOn,
            LocalDate plannedLdDay1, boolean washoutOverridden, int washoutDays) {

        public boolean shortWashout() {
            return plannedLdDay1 != null && lastDoseOn.plusDays(washoutDays).isAfter(plannedLdDay1);
        }
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(BridgingText.class);
        List<Finding> out = new ArrayList<>();
        if (!f.classNamedByProtocol() && !f.classOverridden()) {
            out.add(new Finding("BRG-1", text.classNotNamed(f.drug())));
        }
        if (f.shortWashout() && !f.washoutOverridden()) {
            out.add(new Finding("BRG-2", text.doseWashoutTooShort(f.plannedLdDay1(), f.lastDoseOn(),
                    ChronoUnit.DAYS.between(f.lastDoseOn(), f.plannedLdDay1()),
                    f.lastDoseOn().plusDays(f.washoutDays()))));
        }
        return out;
    }
}
