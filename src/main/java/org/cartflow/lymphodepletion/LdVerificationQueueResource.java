package org.cartflow.lymphodepletion;

import static org.cartflow.common.Role.PHARMACIST;
import static org.cartflow.common.Role.PHYSICIAN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pharmacist's work list: LD orders awaiting independent verification. */
@Path("/lymphodepletion")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lymphodepletion")
public class LdVerificationQueueResource {

    @Inject
    LymphodepletionService ld;

    @GET
    @Path("verification-queue")
    @RolesAllowed({ PHARMACIST, PHYSICIAN })
    @Operation(summary = "LD orders awaiting verification, oldest first, with the patient, inputs and calculation")
    public List<Map<String, Object>> queue() {
        return ld.verificationQueue();
    }

}
