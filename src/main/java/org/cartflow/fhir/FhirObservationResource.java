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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.cartflow.kernel.Course;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Resource;

/** FHIR R4 Observation: the vital signs, CRS/ICANS grades and ICE score of each monitoring assessment. */
@Path("/fhir/Observation")
@Produces({ FhirCodes.FHIR_JSON, "application/json" })
@Tag(name = "FHIR R4")
@RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
public class FhirObservationResource {

    private static final Set<String> CATEGORIES = Set.of(ObservationResources.VITAL_SIGNS, ObservationResources.EXAM,
            ObservationResources.SURVEY);

    @Inject
    ObservationResources observations;
    @Inject
    FhirResponses responses;
    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "FHIR read of an observation (assessmentId-kind)")
    public Response read(@PathParam("id") String id) {
        return ObservationResources.courseOf(id).flatMap(responses::visibleCourse)
                .flatMap(c -> observations.observation(c, id)).map(responses::ok)
                .orElseGet(() -> responses.notFound("Observation", id));
    }

    @GET
    @Transactional
    @Operation(summary = "FHIR search of a patient's observations (patient=[Patient/]id, optional category=vital-signs|exam|survey)")
    public Response search(@QueryParam("patient") String patient, @QueryParam("category") String category) {
        if (FhirResponses.patientParameter(patient).isEmpty()) {
            return responses.invalid("patient", "Search by patient=[Patient/]id; other searches are not supported.");
        }
        String wanted = category == null ? null : category.replaceFirst("^" + FhirCodes.OBSERVATION_CATEGORY + "\\|", "");
        if (wanted != null && !CATEGORIES.contains(wanted)) {
            return responses.invalid("category", "category is one of vital-signs, exam, survey.");
        }
        List<Resource> found = FhirResponses.patientParameter(patient).flatMap(responses::visiblePatient)
                .map(p -> Course.ofPatient(p.id).stream().flatMap(c -> observations.observations(c).stream())
                        .filter(o -> wanted == null || wanted.equals(o.getCategoryFirstRep().getCodingFirstRep()
                                .getCode()))
                        .<Resource>map(r -> r).toList())
                .orElse(List.of());
        return responses.searchResult(uri, found);
    }
}
