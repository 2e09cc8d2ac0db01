package org.cartflow.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Function;

/**
 * The demo programme's client of CartFlow's own REST API: every seeded record goes through the same resources,
 * roles, guards and audit as a user's request. Users are the demo users' names (coordinator, nurse, nurse2, ...);
 * {@code bearer} turns one into a signed access token.
 */
public final class DemoApi {

    private final URI base;
    private final Function<String, String> bearer;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    public DemoApi(URI base, Function<String, String> bearer) {
        this.base = base;
        this.bearer = bearer;
    }

    public JsonNode get(String user, String path) {
        return send(user, "GET", path, null);
    }

    public JsonNode post(String user, String path, Object body) {
        return send(user, "POST", path, body);
    }

    public JsonNode put(String user, String path, Object body) {
        return send(user, "PUT", path, body);
    }

    private JsonNode send(String user, String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                    .header("Authorization", "Bearer " + bearer.apply(user))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .method(method, publisher).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new DemoStepFailed(method + " " + path + " as " + user + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoStepFailed("interrupted during " + method + " " + path);
        }
    }

    /** A step of the demo that the API refused: the seed stops there and says why. */
    public static final class DemoStepFailed extends RuntimeException {
        public DemoStepFailed(String message) {
            super(message);
        }
    }
}
