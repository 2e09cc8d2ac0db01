package org.cartflow.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Starts the WireMock OIDC provider (JWKS, discovery) for the whole test run. */
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class OidcProvider {
    private OidcProvider() {
    }
}
