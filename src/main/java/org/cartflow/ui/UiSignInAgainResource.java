package org.cartflow.ui;

import static org.cartflow.common.Role.*;

import io.quarkus.oidc.OidcSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * "Sign in again" after a signing step was refused for an old sign-in: ends the UI session here (not at the
 * identity provider) and goes back to the page, whose login then asks for the password again (the UI tenant's
 * max_age), so the step can be repeated as a fresh signature.
 */
@Path("/ui/sign-in-again")
@RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
public class UiSignInAgainResource {

    @Inject
    OidcSession session;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> signInAgain(@FormParam("back") String back) {
        // only a page of this UI: never an open redirect
        String target = back != null && back.startsWith("/ui/") && !back.startsWith("//") ? back : "/ui/board";
        return session.logout().map(ignored -> Response.seeOther(URI.create(target)).build());
    }
}
