package org.cartflow.kernel;

import java.util.List;
import org.cartflow.common.Problem;

/**
 * The guards of a declared step run now, each with its verdict, for a stage's readiness view. The steps are declared
 * where the journey is wired; a stage names a step by its slug and so needs no import of the table.
 */
public interface StepChecks {

    record Check(String step, String guard, List<String> ruleIds, boolean passes, List<Problem.Refusal> refusals) {
    }

    /** Every guard of the step {@code slug}, in its declared order; unknown slugs are a programming error. */
    List<Check> of(String slug, GuardContext ctx);
}
