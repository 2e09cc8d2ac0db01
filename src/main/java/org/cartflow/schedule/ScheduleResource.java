package org.cartflow.schedule;

import static org.cartflow.common.Role.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The coordinator's schedule: every upcoming dated step across all patients. */
@Path("/schedule")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedule")
public class ScheduleResource {

    @Inject
    ScheduleService schedule;

    @GET
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Operation(summary = "Dated steps from..to (ISO dates, default today and 90 days on), optionally of some step "
            + "types (type=COLLECTION&type=PLANNED_LD_DAY1 or comma-separated)")
    public Schedule get(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("type") List<String> types) {
        return schedule.schedule(from, to, types);
    }
}
