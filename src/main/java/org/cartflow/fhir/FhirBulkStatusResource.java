package org.cartflow.fhir;

import static org.cartflow.common.Role.COORDINATOR;
import static org.cartflow.common.Role.PHARMACIST;
import static org.cartflow.common.Role.PHYSICIAN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.common.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The status URL of a FHIR Bulk Data export, its NDJSON files and its deletion: the requester's alone. */
@Path("/fhir/bulk-export")
@Tag(name = "FHIR R4")
@RolesAllowed({ COORDINATOR, PHYSICIAN, PHARMACIST })
public class FhirBulkStatusResource {

    private static final String NDJSON_TYPE = "application/fhir+ndjson";

    @Inject
    BulkExports exports;
    @Inject
    FhirResponses responses;
    @Inject
    CurrentUser user;
    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "FHIR Bulk Data status: 202 with X-Progress while it runs, then 200 with the manifest "
            + "(the NDJSON file of each type); only the requester may poll")
    @APIResponse(responseCode = "200", description = "The export's manifest", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response status(@PathParam("id") String id) {
        var job = exports.ofRequester(id, user.name()).orElse(null);
        if (job == null) {
            return responses.notFound("bulk-export", id);
        }
        return switch (job.status) {
            case IN_PROGRESS -> Response.accepted().header("X-Progress", "reading the surveillance dataset")
                    .header("Retry-After", "2").build();
            case FAILED -> responses.failed(job.error);
            case COMPLETE -> Response.ok(manifest(job), MediaType.APPLICATION_JSON)
                    .header("Expires", java.util.Date.from(BulkExports.expiresAt(job))).build();
        };
    }

    @GET
    @Path("{id}/{type}.ndjson")
    @Transactional
    @Operation(summary = "One NDJSON file of a finished export (one resource per line); only the requester")
    @APIResponse(responseCode = "200", description = "application/fhir+ndjson", content = @Content(
            mediaType = NDJSON_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response file(@PathParam("id") String id, @PathParam("type") String type) {
        return exports.ofRequester(id, user.name()).flatMap(job -> exports.file(job, type))
                .map(f -> Response.ok(f.content, NDJSON_TYPE).build())
                .orElseGet(() -> responses.notFound("bulk-export", id + "/" + type));
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @Operation(summary = "Delete an export and its files (or stop waiting for it); only the requester")
    @APIResponse(responseCode = "202", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        var job = exports.ofRequester(id, user.name()).orElse(null);
        if (job == null) {
            return responses.notFound("bulk-export", id);
        }
        job.delete(); // its files go with it (on delete cascade); a job still running finds itself gone and stops
        return Response.accepted().build();
    }

    private Map<String, Object> manifest(BulkExport job) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("transactionTime", job.transactionAt.toString());
        m.put("request", job.requestUrl);
        m.put("requiresAccessToken", true);
        List<Map<String, Object>> output = new ArrayList<>();
        for (BulkExportFile f : exports.files(job)) {
            output.add(Map.of("type", f.resourceType, "url", FhirBulkExportResource.statusUrl(uri, job.id) + "/" + f.resourceType + ".ndjson",
                    "count", f.resourceCount));
        }
        m.put("output", output);
        m.put("error", List.of());
        return m;
    }

}
