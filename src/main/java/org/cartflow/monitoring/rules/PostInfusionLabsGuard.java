package org.cartflow.monitoring.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.monitoring.LabPanel;
import org.cartflow.monitoring.MonitoringText;

/** Discharge needs the post-infusion labs on record: counts, infection status, tumour-lysis labs and IgG. */
@Singleton
@Enforces({ "MON-5", "MON-6", "MON-7", "MON-8" })
public class PostInfusionLabsGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(MonitoringText.class);
        List<LabPanel> labs = LabPanel.ofCourse(ctx.courseId());
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
