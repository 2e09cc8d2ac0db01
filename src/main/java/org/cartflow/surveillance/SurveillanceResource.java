package org.cartflow.surveillance;

import static org.cartflow.common.Role.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.cartflow.common.CurrentUser;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Texts;
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

    private static final List<String> READERS = List.of(COORDINATOR, PHYSICIAN, PHARMACIST);

    /** How long the stated purpose of an export is (here and for the FHIR bulk export). */
    public static final int PURPOSE_MIN = 10;
    public static final int PURPOSE_MAX = 500;

    @Inject
    SurveillanceService surveillance;

    @Inject
    CurrentUser user;

    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ COORDINATOR, PHYSICIAN, PHARMACIST })
    @Operation(summary = "De-identified per-patient export (keyed case pseudonym, age band with 90+, infusion year); "
            + "purpose is required and audited with who exported")
    public List<ExportRow> export(@QueryParam("purpose") String purpose) {
        return surveillance.export(user.name(), user.roleFor(READERS), requirePurpose(purpose), "json");
    }

    /** No @Produces: the answer is always text/csv, whatever the client accepts. */
    @GET
    @Path("export.csv")
    @RolesAllowed({ COORDINATOR, PHYSICIAN, PHARMACIST })
    @Operation(summary = "The de-identified export as CSV")
    @APIResponse(responseCode = "200", description = "One line per treated patient, with a header line",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response exportCsv(@QueryParam("purpose") String purpose) {
        List<ExportRow> rows = surveillance.export(user.name(), user.roleFor(READERS), requirePurpose(purpose), "csv");
        return Response.ok(surveillance.csv(rows), "text/csv").build();
    }

    private static String requirePurpose(String purpose) {
        String p = purpose == null ? "" : purpose.strip();
        if (p.length() < PURPOSE_MIN || p.length() > PURPOSE_MAX) {
            throw ProblemException.invalid("purpose",
                    Texts.of(SurveillanceText.class).statePurpose(PURPOSE_MIN, PURPOSE_MAX));
        }
        return p;
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
