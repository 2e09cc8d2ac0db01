package org.cartflow.dev;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Dev mode only (not built into the prod jar): fetches a real signed access token for a demo user from the local
 * OIDC Dev Service, whose port is random, so `curl localhost:8080/dev/token/nurse` is all a developer needs.
 */
@IfBuildProfile("dev")
@Path("/dev/token")
public class DevTokenResource {

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String issuer;

    @GET
    @Path("{user}")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Response token(@PathParam("user") String user) {
        if (!DevTokens.DEMO_USERS.contains(user)) {
            return Response.status(404).entity("demo users: " + DevTokens.DEMO_USERS + "\n").build();
        }
        return Response.ok(DevTokens.accessToken(issuer, user) + "\n").build();
    }
}
