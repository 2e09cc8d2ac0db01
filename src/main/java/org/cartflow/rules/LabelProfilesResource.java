package org.cartflow.rules;

import static org.cartflow.common.Role.ADMIN;
import static org.cartflow.common.Role.COORDINATOR;
import static org.cartflow.common.Role.NURSE;
import static org.cartflow.common.Role.PHARMACIST;
import static org.cartflow.common.Role.PHYSICIAN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/label-profiles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules")
public class LabelProfilesResource {

    @Inject
    LabelProfiles profiles;

    @GET
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN, ADMIN })
    @Operation(summary = "The label versions shipped: product, jurisdiction, effective dates, source, the rule IDs "
            + "and numbers their guards read")
    public List<LabelProfile> list() {
        return profiles.all();
    }
}
