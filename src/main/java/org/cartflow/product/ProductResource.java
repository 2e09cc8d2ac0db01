package org.cartflow.product;

import static org.cartflow.common.Role.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cartflow.common.IdempotencyInterceptor;
import org.cartflow.common.Idempotent;
import org.cartflow.product.ProductRequests.*;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The frozen product: receipt against the release certificate, storage and its temperature (STO-1..3, DOSE-1). */
@Path("/courses/{courseId}/product")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Product")
public class ProductResource {

    @Inject
    ProductService product;

    @GET
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Operation(summary = "The certificate, every bag with its state, storage readings and excursions")
    @APIResponseSchema(value = ProductView.class, responseDescription = "OK; ETag is the course version")
    public Response get(@PathParam("courseId") long courseId) {
        return ok(product.view(courseId), 200);
    }

    @POST
    @Path("receipt")
    @RolesAllowed({ PHARMACIST, COORDINATOR })
    @Transactional
    @Idempotent
    @Operation(summary = "AUTOLOGOUS-1, STO-2, STO-3, DOSE-1: receive the shipment against its release certificate")
    @APIResponseSchema(value = ProductView.class, responseCode = "201",
            responseDescription = "Recorded; ETag is the course version")
    public Response receive(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotencyInterceptor.HEADER) String idempotencyKey, @Valid @NotNull ReceiptRequest body) {
        return ok(product.receive(courseId, ifMatch, body), 201);
    }

    @POST
    @Path("storage")
    @RolesAllowed({ PHARMACIST, COORDINATOR })
    @Transactional
    @Idempotent
    @Operation(summary = "STO-1: put the bags into the vapour phase of liquid nitrogen, with the first reading")
    @APIResponseSchema(value = ProductView.class, responseDescription = "OK; ETag is the course version")
    public Response store(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotencyInterceptor.HEADER) String idempotencyKey, @Valid @NotNull StorageRequest body) {
        return ok(product.store(courseId, ifMatch, body), 200);
    }

    @POST
    @Path("temperature-readings")
    @RolesAllowed({ PHARMACIST, COORDINATOR, NURSE })
    @Transactional
    @Idempotent
    @Operation(summary = "STO-1: a storage temperature reading; warmer than -130 C quarantines the bags")
    @APIResponseSchema(value = ProductView.class, responseCode = "201",
            responseDescription = "Recorded; ETag is the course version")
    public Response reading(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotencyInterceptor.HEADER) String idempotencyKey, @Valid @NotNull ReadingRequest body) {
        return ok(product.recordReading(courseId, ifMatch, body), 201);
    }

    @POST
    @Path("excursions/{excursionId}/decision")
    @RolesAllowed({ PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "STO-1: the physician's documented decision on an excursion: release or discard")
    @APIResponseSchema(value = ProductView.class, responseDescription = "OK; ETag is the course version")
    public Response decide(@PathParam("courseId") long courseId, @PathParam("excursionId") long excursionId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyInterceptor.HEADER) String idempotencyKey,
            @Valid @NotNull ExcursionDecisionRequest body) {
        return ok(product.decideExcursion(courseId, excursionId, ifMatch, body), 200);
    }

    private static Response ok(ProductView v, int status) {
        return Response.status(status).entity(v).tag(new EntityTag(Long.toString(v.courseVersion()))).build();
    }
}
