package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.eligibility.EligibilityEnums.Diagnosis;
import org.cartflow.eligibility.EligibilityFacts;
import org.cartflow.eligibility.EligibilityText;
import org.cartflow.kernel.Enforces;

/** ELIG-1: relapsed or refractory multiple myeloma. */
@Singleton
@Enforces("ELIG-1")
public class RelapsedRefractoryMyelomaGuard extends WorkUpGuard {

    @Override
    public List<Finding> check(EligibilityFacts f) {
        var text = Texts.of(EligibilityText.class);
        var d = f.diagnosis();
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
