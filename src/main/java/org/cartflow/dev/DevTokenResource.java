package org.cartflow.dev;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Dev mode only (not built into the prod jar): fetches a real signed access token for a demo user from the local
 * OIDC Dev Service, whose port is random, so `curl localhost:8080/dev/token/nurse` is all a developer needs.
 */
@IfBuildProfile("dev")
@Path("/dev/token")
public class DevTokenResource {

    private static final Set<String> DEMO_USERS = Set.of("coordinator", "pharmacist", "pharmacist2", "nurse", "nurse2",
            "physician", "physician2", "admin");

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String issuer;

    @GET
    @Path("{user}")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Response token(@PathParam("user") String user) throws IOException, InterruptedException {
        if (!DEMO_USERS.contains(user)) {
            return Response.status(404).entity("demo users: " + DEMO_USERS + "\n").build();
        }
        String form = "grant_type=password&client_id=cartflow-api&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(issuer + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String body = r.body();
        int start = body.indexOf("\"access_token\":\"") + 16;
        return Response.ok(body.substring(start, body.indexOf('"', start)) + "\n").build();
    }
}
