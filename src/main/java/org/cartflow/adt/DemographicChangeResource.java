package org.cartflow.adt;

import static org.cartflow.common.Role.COORDINATOR;
import static org.cartflow.common.Role.NURSE;
import static org.cartflow.common.Role.PHARMACIST;
import static org.cartflow.common.Role.PHYSICIAN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cartflow.kernel.Patient;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The demographic changes the EHR's ADT feed sent for a patient, and the coordinator's decision on a held one. */
@Path("/patients/{patientId}/demographic-changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patients")
public class DemographicChangeResource {

    /** {@code apply}: true takes the EHR's value, false keeps CartFlow's; the reason is recorded either way. */
    public record Decision(@NotNull Boolean apply, @NotBlank @Size(max = 2000) String reason) {
    }

    @Inject
    AdtUpdates updates;

    @GET
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Transactional
    @Operation(summary = "Demographic changes received from the EHR (applied, held for the coordinator, decided)")
    public List<DemographicChange> list(@PathParam("patientId") long patientId) {
        Patient.<Patient>findByIdOptional(patientId).orElseThrow(() -> org.cartflow.common.ProblemException
                .notFound("Patient", patientId));
        return DemographicChange.ofPatient(patientId);
    }

    @POST
    @Path("{changeId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COORDINATOR)
    @Operation(summary = "AUTOLOGOUS-1: apply or keep a held identity change, with a reason (coordinator)")
    public DemographicChange decide(@PathParam("patientId") long patientId, @PathParam("changeId") long changeId,
            @Valid @NotNull Decision decision) {
        return updates.decide(patientId, changeId, decision.apply(), decision.reason());
    }
}
