package org.cartflow.apheresis.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.apheresis.ApheresisText;
import org.cartflow.common.Texts;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/**
 * AUTOLOGOUS-1 when a collection is recorded: the chain-of-identity ID stays the one this course's first collection
 * got, and no other course holds it.
 */
@Singleton
@Enforces("AUTOLOGOUS-1")
public class CollectionIdentityGuard implements CommandGuard<CollectionIdentityGuard.Facts> {

    /** {@code courseCoi} is null before the first collection; {@code otherCourse} the course already holding it. */
    public record Facts(String enteredCoi, String courseCoi, Long otherCourse) {
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(ApheresisText.class);
        List<Finding> out = new ArrayList<>();
        if (f.courseCoi() != null && !f.courseCoi().equals(f.enteredCoi())) {
            out.add(new Finding("AUTOLOGOUS-1", text.coiChanged(f.courseCoi(), f.enteredCoi())));
        }
        if (f.otherCourse() != null) {
            out.add(new Finding("AUTOLOGOUS-1", text.coiOfAnotherCourse(f.enteredCoi(), f.otherCourse())));
        }
        return out;
    }
}
