package org.cartflow.manufacturing.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;
import org.cartflow.manufacturing.ManufacturingText;
import org.cartflow.manufacturing.RunSource;

/**
 * AUTOLOGOUS-1 when a run is ordered: the order's chain-of-identity ID and DIN are this course's, and the DIN is the
 * one of the material the run starts from.
 */
@Singleton
@Enforces("AUTOLOGOUS-1")
public class StartingMaterialIdentityGuard implements CommandGuard<StartingMaterialIdentityGuard.Facts> {

    /** {@code chainMismatches}: how the entered IDs differ from the course's chain of identity (none when equal). */
    public record Facts(List<String> chainMismatches, String din, RunSource source, String materialDin) {
    }

    @Override
    public List<Finding> check(Facts f) {
        if (!f.chainMismatches().isEmpty()) {
            return f.chainMismatches().stream().map(m -> new Finding("AUTOLOGOUS-1", m)).toList();
        }
        if (!f.materialDin().equals(f.din())) {
            return List.of(new Finding("AUTOLOGOUS-1", Texts.of(ManufacturingText.class)
                    .dinNotStartingMaterial(f.din(), f.source(), f.materialDin())));
        }
        return List.of();
    }
}
