package org.cartflow.audit;

import static org.cartflow.common.Role.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.KernelText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every electronic signature of one course, oldest first: the signature manifest an inspector asks for. */
@Path("/courses/{courseId}/signatures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class CourseSignaturesResource {

    @Inject
    Signatures signatures;

    @GET
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN, ADMIN })
    @Transactional
    @Operation(summary = "The course's electronic signatures (signer subject, user name, full name, role, meaning, "
            + "when signed and when the signer last authenticated), oldest first")
    public List<SignatureView> courseSignatures(@PathParam("courseId") long courseId) {
        if (Course.findById(courseId) == null) {
            throw ProblemException.notFound(Texts.of(KernelText.class).course(), courseId);
        }
        return signatures.ofCourse(courseId);
    }
}
