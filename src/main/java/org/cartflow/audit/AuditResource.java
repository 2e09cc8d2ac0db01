package org.cartflow.audit;

import static org.cartflow.common.Role.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    ChainVerifier verifier;

    @GET
    @Path("verification")
    @RolesAllowed({ ADMIN })
    @Operation(summary = "Recompute the hash chain of the whole audit trail and report the first broken event")
    public ChainVerification verify() {
        return verifier.verify();
    }
}
