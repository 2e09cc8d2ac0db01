package org.cartflow.manufacturing;

import java.util.List;
import org.cartflow.apheresis.ChainOfIdentity;
import org.cartflow.kernel.JourneyFlag;
import org.cartflow.common.Problem;

/** The manufacturing stage: runs, estimated dates (MFG-INFO), the chain of identity, flags and guards now. */
public record ManufacturingView(long courseId, long courseVersion, ChainOfIdentity.Identity chainOfIdentity,
        List<ManufacturingOrder> orders, ManufacturingEstimate estimate, List<JourneyFlag> flags, List<Check> checks) {

    public record Check(String transition, String guard, List<String> ruleIds, boolean passes,
            List<Problem.Refusal> refusals) {
    }
}
