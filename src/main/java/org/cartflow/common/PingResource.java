package org.cartflow.common;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/ping")
public class PingResource {
    @GET
    @RolesAllowed("nurse")
    public String ping() { return "pong"; }
}
