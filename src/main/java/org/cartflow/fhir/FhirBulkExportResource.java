package org.cartflow.fhir;

import static org.cartflow.common.Role.COORDINATOR;
import static org.cartflow.common.Role.PHARMACIST;
import static org.cartflow.common.Role.PHYSICIAN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.CurrentUser;
import org.cartflow.common.SiteScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * FHIR Bulk Data ($export, async pattern) of the de-identified all-case surveillance dataset (SURV-1), for the
 * roles that may export it through the REST API. The kick-off names its purpose; it is audited with who and role.
 */
@Path("/fhir/$export")
@Tag(name = "FHIR R4")
@RolesAllowed({ COORDINATOR, PHYSICIAN, PHARMACIST })
public class FhirBulkExportResource {

    static final List<String> EXPORTERS = List.of(COORDINATOR, PHYSICIAN, PHARMACIST);
    private static final List<String> NDJSON = List.of("application/fhir+ndjson", "application/ndjson", "ndjson");
    private static final int PURPOSE_MIN = org.cartflow.surveillance.SurveillanceResource.PURPOSE_MIN;
    private static final int PURPOSE_MAX = org.cartflow.surveillance.SurveillanceResource.PURPOSE_MAX;

    @Inject
    BulkExports exports;
    @Inject
    FhirResponses responses;
    @Inject
    CurrentUser user;
    @Inject
    SiteScope sites;
    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "FHIR Bulk Data kick-off (Prefer: respond-async) of the de-identified surveillance dataset: "
            + "Patient (case pseudonym, sex), Procedure (infusion year), Observation (the case's items); purpose "
            + "required and audited; 202 with the status URL in Content-Location")
    @APIResponse(responseCode = "202", description = "Accepted: poll the Content-Location URL")
    public Response kickOff(@HeaderParam("Prefer") String prefer, @QueryParam("_outputFormat") String outputFormat,
            @QueryParam("_type") String type, @QueryParam("_since") String since,
            @QueryParam("purpose") String purpose) {
        List<FhirResponses.Issue> issues = new ArrayList<>();
        if (prefer == null || !prefer.contains("respond-async")) {
            issues.add(new FhirResponses.Issue("Prefer", "A bulk export runs asynchronously: send Prefer: respond-async."));
        }
        if (outputFormat != null && !NDJSON.contains(outputFormat)) {
            issues.add(new FhirResponses.Issue("_outputFormat", "Only application/fhir+ndjson is produced."));
        }
        if (since != null) {
            issues.add(new FhirResponses.Issue("_since", "_since is not supported: each export is the whole dataset "
                    + "(a case's items change as follow-up goes on)."));
        }
        List<String> types = BulkExports.types(type);
        types.stream().filter(t -> !SurveillanceResources.TYPES.contains(t)).findFirst()
                .ifPresent(t -> issues.add(new FhirResponses.Issue("_type", "The surveillance dataset has the types "
                        + String.join(", ", SurveillanceResources.TYPES) + "; not " + t + ".")));
        String p = purpose == null ? "" : purpose.strip();
        if (p.length() < PURPOSE_MIN || p.length() > PURPOSE_MAX) {
            issues.add(new FhirResponses.Issue("purpose", "State why the dataset is exported (purpose=, "
                    + PURPOSE_MIN + " to " + PURPOSE_MAX + " characters); it is recorded in the audit trail."));
        }
        if (!issues.isEmpty()) {
            return responses.refused(400, issues);
        }
        String id = exports.start(new BulkExports.Request(user.name(), user.roleFor(EXPORTERS), sites.asParameter(),
                p, uri.getRequestUri().toString(), types));
        return Response.accepted().header("Content-Location", statusUrl(uri, id)).build();
    }

    static String statusUrl(UriInfo uri, String id) {
        return uri.getBaseUri().resolve("fhir/bulk-export/" + id).toString();
    }
}
