package org.cartflow.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import org.cartflow.kernel.Sex;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The site laboratory's lower limits of normal, per sex, that CTCAE grade 1 is judged against. Defaults: haemoglobin
 * and platelets from the JCCLS common reference intervals (共用基準範囲: Hb 13.7 g/dL men, 11.6 g/dL women;
 * platelets 158 x 10^9/L); ANC 2.0 x 10^9/L, which JCCLS does not list, so a site sets its own.
 */
@ApplicationScoped
public class ReferenceRanges {

    @ConfigProperty(name = "cartflow.labs.lln.anc.male", defaultValue = "2.0")
    BigDecimal ancMale;
    @ConfigProperty(name = "cartflow.labs.lln.anc.female", defaultValue = "2.0")
    BigDecimal ancFemale;
    @ConfigProperty(name = "cartflow.labs.lln.platelets.male", defaultValue = "158")
    BigDecimal plateletsMale;
    @ConfigProperty(name = "cartflow.labs.lln.platelets.female", defaultValue = "158")
    BigDecimal plateletsFemale;
    @ConfigProperty(name = "cartflow.labs.lln.hemoglobin.male", defaultValue = "13.7")
    BigDecimal hemoglobinMale;
    @ConfigProperty(name = "cartflow.labs.lln.hemoglobin.female", defaultValue = "11.6")
    BigDecimal hemoglobinFemale;

    /** The limits for a patient of this sex (10^9/L, 10^9/L, g/dL). */
    public CtcaeGrading.LowerLimits of(Sex sex) {
        return sex == Sex.FEMALE ? new CtcaeGrading.LowerLimits(ancFemale, plateletsFemale, hemoglobinFemale)
                : new CtcaeGrading.LowerLimits(ancMale, plateletsMale, hemoglobinMale);
    }
}
