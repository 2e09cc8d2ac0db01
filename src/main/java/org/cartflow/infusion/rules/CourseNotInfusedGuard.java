package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.cartflow.common.HospitalTime;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/** NOREUSE-1: once the course is infused, no bedside step starts again. */
@Singleton
@Enforces("NOREUSE-1")
public class CourseNotInfusedGuard implements CommandGuard<CourseNotInfusedGuard.Facts> {

    /** {@code infusedAt} is null until the course is infused. */
    public record Facts(Instant infusedAt, ZoneId zone) {
    }

    @Override
    public List<Finding> check(Facts f) {
        return f.infusedAt() == null ? List.of()
                : List.of(new Finding("NOREUSE-1", Texts.of(InfusionText.class).courseInfusedOn(
                        HospitalTime.of(f.infusedAt(), f.zone()))));
    }
}
