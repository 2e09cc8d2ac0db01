package org.cartflow.fhir;

import static org.cartflow.common.Role.COORDINATOR;
import static org.cartflow.common.Role.NURSE;
import static org.cartflow.common.Role.PHARMACIST;
import static org.cartflow.common.Role.PHYSICIAN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.cartflow.labs.ImportedLabResult;
import org.hl7.fhir.r4.model.Observation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** FHIR R4 Observation: the vital signs, CRS/ICANS grades and ICE score of each monitoring assessment. */
@Path("/fhir/Observation")
@Produces({ FhirCodes.FHIR_JSON, "application/json" })
@Tag(name = "FHIR R4")
@RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
public class FhirObservationResource {

    private static final Set<String> CATEGORIES = Set.of(ObservationResources.VITAL_SIGNS, ObservationResources.EXAM,
            ObservationResources.SURVEY, ObservationResources.LABORATORY);

    @Inject
    ObservationResources observations;
    @Inject
    FhirResponses responses;
    @Inject
    LabImports imports;
    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "FHIR read of an observation (assessmentId-kind)")
    public Response read(@PathParam("id") String id) {
        return responses.readOfCourse("Observation", id, ObservationResources.courseOf(id),
                c -> observations.observation(c, id));
    }

    @GET
    @Transactional
    @Operation(summary = "FHIR search of a patient's observations (patient=[Patient/]id, optional category=vital-signs|exam|survey|laboratory)")
    public Response search(@QueryParam("patient") String patient, @QueryParam("category") String category) {
        String wanted = category == null ? null : category.replaceFirst("^" + FhirCodes.OBSERVATION_CATEGORY + "\\|", "");
        if (wanted != null && !CATEGORIES.contains(wanted)) {
            return responses.invalid("category", "category is one of vital-signs, exam, survey, laboratory.");
        }
        return responses.searchByPatient(uri, patient, c -> observations.observations(c).stream()
                .filter(o -> wanted == null || wanted.equals(o.getCategoryFirstRep().getCodingFirstRep().getCode()))
                .toList());
    }

    @POST
    @Consumes({ FhirCodes.FHIR_JSON, "application/json" })
    @RolesAllowed({ NURSE, PHYSICIAN })
    @Operation(summary = "FHIR create of one laboratory result from the lab system (LOINC code, UCUM unit; 201, or an "
            + "OperationOutcome naming each element it cannot take)")
    public Response create(String body) {
        if (!(responses.parse(body).orElse(null) instanceof Observation o)) {
            return responses.refused(400, List.of(new FhirResponses.Issue("Observation",
                    "The body must be one FHIR R4 Observation in JSON.")));
        }
        try {
            ImportedLabResult r = imports.file(List.of(new LabImports.Sent("Observation", o))).get(0);
            return Response.status(201).location(uri.getBaseUri().resolve("fhir/Observation/lab-" + r.id))
                    .type(FhirCodes.FHIR_JSON).entity(responses.encode(imports.observation(r))).build();
        } catch (LabImports.Refused e) {
            return responses.refused(422, e.issues);
        }
    }
}
