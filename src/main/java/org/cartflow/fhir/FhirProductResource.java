package org.cartflow.fhir;

import static org.cartflow.common.Role.COORDINATOR;
import static org.cartflow.common.Role.NURSE;
import static org.cartflow.common.Role.PHARMACIST;
import static org.cartflow.common.Role.PHYSICIAN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.cartflow.product.ProductBag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * FHIR R4 BiologicallyDerivedProduct: one per bag of the release certificate. R4 defines no search parameter for
 * it, so it is read by id (the infusion Procedure's usedReference, or the bag id of GET /courses/{id}/product).
 */
@Path("/fhir/BiologicallyDerivedProduct")
@Produces({ FhirCodes.FHIR_JSON, "application/json" })
@Tag(name = "FHIR R4")
@RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
public class FhirProductResource {

    @Inject
    CareRecordResources records;
    @Inject
    FhirResponses responses;

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "FHIR read of a product bag (ISBT 128 DIN, chain of identity, CAR+ T cells, storage, status)")
    public Response read(@PathParam("id") String id) {
        return FhirResponses.number(id).flatMap(n -> ProductBag.<ProductBag>findByIdOptional(n))
                .flatMap(b -> responses.visibleCourse(b.courseId).flatMap(c -> records.product(c, b.id)))
                .map(responses::ok).orElseGet(() -> responses.notFound("BiologicallyDerivedProduct", id));
    }
}
