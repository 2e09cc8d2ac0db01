package org.cartflow.dev;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Real signed access tokens for the demo users of Quarkus's local OIDC Dev Service (dev mode only): one user per
 * role plus a second nurse, pharmacist and physician for the two-person checks.
 */
public final class DevTokens {

    public static final List<String> DEMO_USERS = List.of("coordinator", "pharmacist", "pharmacist2", "nurse", "nurse2",
            "physician", "physician2", "admin");

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private DevTokens() {
    }

    /** The password grant of the Dev Service at {@code issuer} (the dev profile's quarkus.oidc.auth-server-url). */
    public static String accessToken(String issuer, String user) {
        String form = "grant_type=password&client_id=cartflow-api&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("the OIDC Dev Service refused a token for " + user + ": " + r.statusCode());
            }
            return JSON.readTree(r.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
