package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.eligibility.EligibilityEnums.Diagnosis;
import org.cartflow.eligibility.EligibilityText;
import org.cartflow.eligibility.MyelomaDiagnosis;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;

@Singleton
@Enforces("ELIG-1")
public class RelapsedRefractoryMyelomaGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(EligibilityText.class);
        var d = MyelomaDiagnosis.current(ctx.courseId()).orElse(null);
        if (d == null) {
            return List.of(new Finding("ELIG-1", text.diagnosisMissing()));
        }
        List<Finding> out = new ArrayList<>();
        if (d.diagnosis != Diagnosis.MULTIPLE_MYELOMA) {
            out.add(new Finding("ELIG-1", text.myelomaOnly()));
        }
        if (!d.diseaseStatus.relapsedOrRefractory()) {
            out.add(new Finding("ELIG-1", text.notRelapsedOrRefractory(d.diseaseStatus)));
        }
        return out;
    }
}
