package org.cartflow.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * openapi/openapi.yaml must equal what the running app serves. To refresh it after an API change:
 * {@code ./mvnw test -Dtest=OpenApiDriftTest -Dopenapi.write=true} and commit the file.
 */
@QuarkusTest
class OpenApiDriftTest {

    private static final Path COMMITTED = Path.of("openapi", "openapi.yaml");

    @Test
    void committedSpecEqualsServedSpec() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.write")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertEquals(committed, served, "openapi/openapi.yaml is out of date: run ./mvnw test -Dtest=OpenApiDriftTest "
                + "-Dopenapi.write=true and commit it");
    }
}
