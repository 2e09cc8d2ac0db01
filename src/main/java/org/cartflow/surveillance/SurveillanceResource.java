package org.cartflow.surveillance;

import static org.cartflow.common.Role.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** SURV-1: all-case surveillance of every infused patient. */
@Path("/surveillance")
@Tag(name = "Surveillance")
public class SurveillanceResource {

    @Inject
    SurveillanceService surveillance;

    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ COORDINATOR, PHYSICIAN, PHARMACIST })
    @Operation(summary = "De-identified per-patient export (no MRN, names or birth date; age band)")
    public List<ExportRow> export() {
        return surveillance.export();
    }

    /** No @Produces: the answer is always text/csv, whatever the client accepts. */
    @GET
    @Path("export.csv")
    @RolesAllowed({ COORDINATOR, PHYSICIAN, PHARMACIST })
    @Operation(summary = "The de-identified export as CSV")
    @APIResponse(responseCode = "200", description = "One line per treated patient, with a header line",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response exportCsv() {
        return Response.ok(surveillance.csv(surveillance.export()), "text/csv").build();
    }

    @GET
    @Path("summary")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ COORDINATOR, PHYSICIAN, PHARMACIST })
    @Operation(summary = "Program summary with Clopper-Pearson 95 % CIs beside the KarMMa reference figures")
    public ProgramSummary summary() {
        return surveillance.summary();
    }
}
