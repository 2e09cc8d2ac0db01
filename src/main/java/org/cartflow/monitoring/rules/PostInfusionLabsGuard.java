package org.cartflow.monitoring.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.monitoring.LabPanel;
import org.cartflow.monitoring.MonitoringFactsLoader;
import org.cartflow.monitoring.MonitoringText;

/** Before discharge: infection status, blood count, tumour-lysis labs and IgG recorded after the infusion (MON-5..8). */
@Singleton
@Enforces({ "MON-5", "MON-6", "MON-7", "MON-8" })
public class PostInfusionLabsGuard extends FactsGuard<PostInfusionLabsGuard.Facts> {

    public record Facts(List<LabPanel> labs) {
    }

    @Inject
    MonitoringFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(loader.labs(ctx));
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(MonitoringText.class);
        List<LabPanel> labs = f.labs();
        List<Finding> out = new ArrayList<>();
        if (none(labs, l -> l.infection != null)) {
            out.add(new Finding("MON-5", text.recordInfectionStatus()));
        }
        if (none(labs, l -> l.anc != null && l.platelets != null && l.hemoglobin != null)) {
            out.add(new Finding("MON-6", text.recordBloodCount()));
        }
        if (none(labs, l -> l.potassium != null && l.uricAcid != null && l.creatinine != null)) {
            out.add(new Finding("MON-7", text.recordTumourLysisLabs()));
        }
        if (none(labs, l -> l.igg != null)) {
            out.add(new Finding("MON-8", text.recordIgg()));
        }
        return out;
    }

    private static boolean none(List<LabPanel> labs, Predicate<LabPanel> p) {
        return labs.stream().noneMatch(p);
    }
}
