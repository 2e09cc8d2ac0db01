package org.cartflow.monitoring.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.monitoring.MonitoringFactsLoader;
import org.cartflow.monitoring.MonitoringText;

/** SURV-1: follow-up is completed only with safety (CRS/ICANS) and efficacy (response) data on file. */
@Singleton
@Enforces("SURV-1")
public class SurveillanceDataGuard extends FactsGuard<SurveillanceDataGuard.Facts> {

    public record Facts(boolean safetyData, boolean efficacyData) {
    }

    @Inject
    MonitoringFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(!loader.assessments(ctx).all().isEmpty(), !loader.responses(ctx).all().isEmpty());
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(MonitoringText.class);
        List<Finding> out = new ArrayList<>();
        if (!f.safetyData()) {
            out.add(new Finding("SURV-1", text.surveillanceSafetyDataMissing()));
        }
        if (!f.efficacyData()) {
            out.add(new Finding("SURV-1", text.surveillanceEfficacyDataMissing()));
        }
        return out;
    }
}
