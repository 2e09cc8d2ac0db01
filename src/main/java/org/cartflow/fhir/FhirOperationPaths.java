package org.cartflow.fhir;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * FHIR operations are named with a "$" ({@code /fhir/$export}); some clients send it percent-encoded, and the
 * router matches the path as sent, so {@code %24} is turned back into the "$" the route is declared with.
 */
public class FhirOperationPaths {

    @ServerRequestFilter(preMatching = true)
    public void decodeOperationName(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        if (path != null && path.startsWith("/fhir/%24")) {
            request.setRequestUri(URI.create(uri.toString().replaceFirst("/fhir/%24", "/fhir/\\$")));
        }
    }
}
