package org.cartflow.manufacturing;

import java.util.List;
import org.cartflow.apheresis.ChainOfIdentity;
import org.cartflow.audit.SignatureView;
import org.cartflow.kernel.JourneyFlag;
import org.cartflow.common.Problem;

/**
 * The manufacturing stage: runs, estimated dates (MFG-INFO), the chain of identity, flags, guards now, and the
 * physicians' signatures on out-of-specification releases.
 */
public record ManufacturingView(long courseId, long courseVersion, ChainOfIdentity.Identity chainOfIdentity,
        List<ManufacturingOrder> orders, ManufacturingEstimate estimate, List<JourneyFlag> flags, List<Check> checks,
        List<SignatureView> signatures) {

    public record Check(String transition, String guard, List<String> ruleIds, boolean passes,
            List<Problem.Refusal> refusals) {
    }
}
