package org.cartflow.audit;

import org.cartflow.kernel.SiteRecords;
import static org.cartflow.common.Role.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.cartflow.common.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    ChainVerifier verifier;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    AccessLog accessLog;

    @Inject
    SiteRecords sites;

    @GET
    @Path("access/break-glass")
    @RolesAllowed({ ADMIN })
    @Operation(summary = "Break-the-glass reads of your sites' patients by users of other sites, newest first, with "
            + "the reason each gave: the list a security officer reviews")
    public List<AccessLog.Access> breakGlass(@QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
        return accessLog.breakGlass(sites.sitesParameter(), limit);
    }

    @GET
    @Path("access")
    @RolesAllowed({ ADMIN })
    @Operation(summary = "Who read this patient's data (API and UI, directly or through a course) and when, newest "
            + "first; refused requests (401/403) included")
    public List<AccessLog.Access> access(@QueryParam("patient") @NotNull Long patient,
            @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
        sites.visiblePatient(patient);
        return accessLog.ofPatient(patient, limit);
    }

    @GET
    @Path("verification")
    @RolesAllowed({ ADMIN })
    @Operation(summary = "Verify every journey's audit chain (keyed hashes, links) against the signed checkpoints")
    public ChainVerification verify() {
        return verifier.verify(Optional.empty());
    }

    @POST
    @Path("verification")
    @RolesAllowed({ ADMIN })
    @Operation(summary = "Verify the audit chains against a checkpoint the auditor exported earlier and kept outside "
            + "the database: a checkpoint deleted since, or events it saw deleted, are reported")
    public ChainVerification verifyAgainst(@Valid @NotNull CheckpointExport exported) {
        return verifier.verify(Optional.of(exported));
    }

    @POST
    @Path("checkpoints")
    @RolesAllowed({ ADMIN })
    @Operation(summary = "Sign a checkpoint of the chains that moved since the last one now (also written on a "
            + "schedule); 201 with the new checkpoint, or 200 with the latest when nothing moved")
    public Response checkpoint() {
        Optional<CheckpointExport> written = checkpoints.write();
        if (written.isPresent()) {
            return Response.status(Response.Status.CREATED).entity(written.get()).build();
        }
        return Response.ok(latest()).build();
    }

    @GET
    @Path("checkpoints/latest")
    @RolesAllowed({ ADMIN })
    @Operation(summary = "The newest signed checkpoint, for the auditor to keep outside CartFlow's database")
    public CheckpointExport latest() {
        return checkpoints.latestExport().orElseThrow(() -> ProblemException.notFound("Audit checkpoint", "latest"));
    }
}
